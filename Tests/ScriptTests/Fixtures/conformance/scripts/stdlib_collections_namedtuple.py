from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
x, y = p
print(x + y, p == (1, 2), p == Point(1, 2), p != Point(2, 1), hash(p) == hash((1, 2)))
print(Point._fields, p._asdict(), p._replace(y=10), Point._make([5, 6]))
print(isinstance(p, tuple), isinstance(p, Point), type(p).__name__, Point)
print(p + (3,), p * 2, 1 in p, p.count(1), p.index(2), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
Card = namedtuple("Card", "rank suit")
print(Card("Q", "hearts"), Card(rank="K", suit="spades"))
Config = namedtuple("Config", "lr epochs momentum", defaults=[0.9])
print(Config(0.1, 10), Config(0.01, 5, momentum=0.5), Config._field_defaults)
R = namedtuple("R", "a, b, c")
print(R(1, 2, 3), {Point(0, 0): "origin"}[Point(0, 0)])
print(namedtuple("N", "a def b", rename=True)._fields)
for label, args in [("missing", (1,)), ("extra", (1, 2, 3))]:
    try:
        Point(*args)
    except TypeError as e:
        print(label, e)
try:
    Point(1, 2, z=3)
except TypeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
for spec in ["1x y", "a a", "_a b", "class x"]:
    try:
        namedtuple("T", spec)
    except ValueError as e:
        print("ValueError", e)
print(p.z)
