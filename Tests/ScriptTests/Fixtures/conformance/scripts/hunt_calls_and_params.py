# Starred assignment and calls, keyword-only and positional-only parameters, and the
# TypeErrors CPython raises for wrong calls.
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
[x, y] = {"k": 1, "j": 2}
print(x, y)
for i, (p, *q) in enumerate([(1, 2, 3), (4,)]):
    print(i, p, q)


def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw


print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f(*[1, 2], **{"d": 0, "c": 9}))
print(f(1, *(2, 3), *[4], d=1, **{"e": 2}, **{"f": 3}))
print(*[1, 2, 3], sep="-")
print(*"ab", *range(2), end="!\n")
print([*range(3), *"xy"], (*[1], 2), {*"aab"} == {"a", "b"}, {**{"a": 1}, "b": 2, **{"a": 3}})


def g(x, y, *, scale):
    return (x + y) * scale


def h(x, /, y):
    return x - y


def k(*, only):
    return only


def m(a, b, c=1):
    return a + b + c


calls = [
    lambda: g(1, 2),
    lambda: g(1, 2, 3),
    lambda: g(1, scale=2),
    lambda: h(x=1, y=2),
    lambda: h(1, 2, 3),
    lambda: k(1),
    lambda: k(),
    lambda: k(only=1, other=2),
    lambda: m(),
    lambda: m(1),
    lambda: m(1, 2, 3, 4),
    lambda: m(1, a=1, b=2),
    lambda: m(1, 2, d=4),
    lambda: m(*[1], **{"b": 2, "c": 3, "e": 5}),
    lambda: f(),
    lambda: f(1),
    lambda: len(),
    lambda: len([1], [2]),
    lambda: abs(x=1),
    lambda: print(*5),
    lambda: m(**[1]),
    lambda: int("3", base=10, extra=1),
    lambda: sorted([3, 1], reversed=True),
    lambda: max(),
    lambda: divmod(1),
    lambda: "".join(1, 2),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: isinstance(1),
    lambda: range(1, 2, 3, 4),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


class Point:
    def __init__(self, x, y=0, *, label=""):
        self.x, self.y, self.label = x, y, label

    def move(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


for call in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1).move(1),
             lambda: Point(1, z=2), lambda: Point.move(1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
