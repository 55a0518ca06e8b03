# A capture under `as` is still irrefutable: the next cases are unreachable.
match 5:
    case (number as n):
        print(n)
    case 6:
        pass
