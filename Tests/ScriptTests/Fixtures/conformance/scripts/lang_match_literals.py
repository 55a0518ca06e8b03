# match: literal, capture, wildcard, value and group patterns; the subject is evaluated once.
import math


class Color:
    RED = 1
    GREEN = 2


def describe(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello" "!":
            return "greeting"
        case None:
            return "nothing"
        case True:
            return "true"
        case False:
            return "false"
        case Color.RED:
            return "red"
        case (Color.GREEN):
            return "green"
        case math.pi:
            return "pi"
        case other:
            return f"other: {other!r}"


for v in [0, -1, 2.5, "hello!", None, True, False, 1, 2, math.pi, 0.0, 1.0, "x", [1], 3]:
    print(repr(v), "->", describe(v))

# True is 1 but only `True` matches `case True` (compared with `is`), while 1 == True matches 1.
match 1:
    case True:
        print("1 is True")
    case 1:
        print("1 == 1")
match True:
    case 1:
        print("True == 1")

calls = []


def subject():
    calls.append("evaluated")
    return 42


match subject():
    case 1:
        pass
    case 2:
        pass
    case n if n > 40:
        print("big", n)
print(calls)

# A case with no match leaves everything unchanged and the statement does nothing.
match "nope":
    case "yes":
        print("never")
print("after")

# The tuple subject without parentheses, and a walrus subject.
match 1, 2:
    case (1, 2):
        print("pair")
match (y := 10):
    case 10:
        print("walrus", y)

# Failed guard keeps the names bound; a failed pattern binds nothing.
match [1, 2]:
    case [a, 3]:
        print("no")
    case [b, c] if c > 5:
        print("no")
    case _:
        pass
print("a" in globals(), b, c)
