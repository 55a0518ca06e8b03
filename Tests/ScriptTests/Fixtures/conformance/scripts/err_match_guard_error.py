# An error in a guard is reported at the guard's expression.
def check(item):
    match item:
        case {"n": n} if n / 0:
            return n


check({"n": 1})
