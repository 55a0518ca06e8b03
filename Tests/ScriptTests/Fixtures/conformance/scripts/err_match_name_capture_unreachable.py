# A bare name captures anything: the cases after it could never run (a compile-time error).
print("never printed")


def f(point):
    match point:
        case (0, 0):
            return "origin"
        case other:
            return "elsewhere"
        case [x, y]:
            return "pair"
