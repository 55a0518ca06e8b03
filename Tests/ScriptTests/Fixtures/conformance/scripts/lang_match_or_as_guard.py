# match: or-patterns, as-patterns and guards; soft keywords stay usable as names.
import re


def classify(v):
    match v:
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case [1, x] | [x, 1] | (x, 1, 1):
            return f"has a one beside {x}"
        case {"a": n} | {"b": n} if n > 0:
            return f"positive {n}"
        case (str() | frozenset()) as text:
            return f"text {text}"
        case [(int() | float()) as num, *_] as whole:
            return f"starts with number {num} in {whole}"
        case _:
            return "other"


for v in [0, 2, 3, [1, 5], [5, 1], (7, 1, 1), {"a": 3}, {"b": -1}, {"b": 2}, "s", [2.5, "x"], ["x"]]:
    print(repr(v), "->", classify(v))

match = re.match(r"(\d+)", "123abc")
print(match.group(1))
case = 5
print(case + 1)
match.group(0)
match, case = 1, 2
print(match, case)


def match(x):
    return x * 2


print(match(4))
match (3):
    case 3:
        print("parenthesized subject")
match [case]:
    case [2]:
        print("case as a name in the subject")

# Guards see the captures; the guard runs after the pattern and may have side effects.
log = []


def check(n):
    log.append(n)
    return n % 2 == 0


for n in range(5):
    match n:
        case k if check(k):
            print(n, "even")
        case k:
            print(n, "odd")
print(log)
