# `case _` in an or-pattern before other alternatives makes them unreachable.
print("never printed")
match 3:
    case 1 | _ | 2:
        pass
