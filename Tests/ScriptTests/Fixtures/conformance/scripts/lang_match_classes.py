# match: class patterns, positional through __match_args__ (dataclasses and namedtuples set
# it) and by keyword; built-in types match the subject itself with one positional pattern.
from collections import namedtuple
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


Pair = namedtuple("Pair", "left right")


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


class Anything:
    pass


print(Point.__match_args__, Pair.__match_args__)


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return "somewhere"
        case Pair(l, r):
            return f"pair {l} {r}"
        case Circle(Point(cx, cy), radius=r):
            return f"circle at {cx},{cy} r={r}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case Anything(missing=1):
            return "never"
        case object(__class__=cls):
            return f"an object of {cls.__name__}"


for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Pair(1, 2),
          Circle(Point(1, 1), 3), 7, 2.5, True, "hi", [9, 8], {"k": 1}, Anything(), None]:
    print(where(v))


class Temperature:
    __match_args__ = ("celsius",)

    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        print("reading celsius")
        return self._c


match Temperature(30):
    case Temperature(c) if c > 25:
        print("hot", c)

# A nested class pattern, keywords of a namedtuple, and an attribute that is missing.
match Pair(Point(1, 2), Pair(3, 4)):
    case Pair(left=Point(x=1), right=Pair(_, r)):
        print("nested", r)
match Point(1, 2):
    case Point(z=1):
        print("no z")
    case Point(y=2, x=1):
        print("keywords in any order")
