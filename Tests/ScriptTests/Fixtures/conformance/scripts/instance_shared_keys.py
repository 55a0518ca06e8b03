# Instances of one class keep their attribute values against names the class shares (CPython's
# split-table dicts); everything a script can see must stay as with a plain per-instance dict:
# __dict__ aliasing, insertion order, deletion, other orders, class changes after caches filled.
import copy


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


points = [Point(i, -i) for i in range(5)]
print([p.norm1() for p in points])

# Another order than the first instance's, and an extra attribute on one instance.
p = Point(1, 2)
q = Point.__new__(Point)
q.y = 20
q.x = 10
q.z = 30
print(vars(p), vars(q), list(vars(q)))
r = Point(3, 4)
r.w = 5
print(vars(r), Point(6, 7).__dict__)

# The same attribute expressions read instances of both shapes and of another class.
class Other:
    def __init__(self):
        self.y = "other-y"
        self.x = "other-x"


for obj in [p, q, Other(), r, Point(8, 9), Other()]:
    print(obj.x, obj.y, end="; ")
print()

# __dict__ is live and aliased: writes either way are seen both ways.
d = p.__dict__
p.extra = "e"
d["y"] = 200
d["fresh"] = "f"
print(d, p.y, p.fresh, vars(p) is d, p.__dict__ is d)
p.x += 1
print(d["x"], p.x)

# Deleting, then setting again, moves the name to the end.
s = Point(1, 2)
del s.x
print(vars(s))
s.x = 11
print(vars(s), s.x)
try:
    del s.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(Point(0, 0).nothing)
except AttributeError as e:
    print("AttributeError:", e)

# A class attribute added after the attribute caches filled: the instance's own value still
# wins over a plain class attribute; a data descriptor (property) wins over the instance's.
t = Point(5, 6)
for _ in range(3):
    print(t.x, t.norm1(), end=" | ")
print()
Point.x = "class-x"
print(t.x, Point(7, 8).x, Point.__new__(Point).x)
Point.y = property(lambda self: "prop-y")
print(t.y, Point.__new__(Point).y, vars(t))
del Point.y
print(t.y)
del Point.x

# An instance method shadowed by an instance attribute, then unshadowed.
u = Point(2, 3)
print(u.norm1())
u.norm1 = lambda: "shadowed"
print(u.norm1())
del u.norm1
print(u.norm1())

# getattr/setattr/hasattr/delattr and non-string keys in __dict__.
v = Point(1, 2)
setattr(v, "dyn", 42)
print(getattr(v, "dyn"), hasattr(v, "x"), hasattr(v, "nope"), getattr(v, "nope", "default"))
print(sorted(n for n in dir(v) if not n.startswith("__")))
delattr(v, "dyn")
vars(v)[1] = "one"
print(vars(v))

# Many attributes on one instance, then on others of the same class.
class Wide:
    pass


w = Wide()
for i in range(40):
    setattr(w, f"a{i}", i)
w2 = Wide()
for i in range(40):
    setattr(w2, f"a{39 - i}", i)
print(sum(getattr(w, f"a{i}") for i in range(40)), list(vars(w))[:3], list(vars(w))[-2:])
print(list(vars(w2))[:3], w2.a0, w2.a39, len(vars(w2)))

# A __dict__ outlives its instance with its entries.
k = Point(3, 4)
kd = k.__dict__
del k
print(kd)
chain = None
for i in range(3):
    node = Point(i, chain)
    chain = node
print(chain.x, chain.y.x, chain.y.y.x, chain.y.y.y)

# __getattr__ runs only for names neither the instance nor the class has.
class Fallback:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return f"fallback {name}"


f = Fallback()
print(f.real, f.other)
f.other = 2
print(f.other, vars(f))

# __setattr__ overrides still see every assignment.
class Logged:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 10)


lg = Logged()
lg.a += 1
print(vars(lg))

# __slots__ beside a __dict__, and copies.
class Slotted:
    __slots__ = ("s", "__dict__")

    def __init__(self):
        self.s = "slot"
        self.d = "dict"


sl = Slotted()
print(sl.s, sl.d, vars(sl))
c = copy.copy(Point(1, [2]))
dc = copy.deepcopy(Point(3, [4]))
print(vars(c), vars(dc), c.norm1 is not None)

# Instances as dict keys and set members keep identity hashing.
a1, a2 = Point(0, 0), Point(0, 0)
seen = {a1: "a1"}
print(a1 in seen, a2 in seen, len({a1, a2, a1}))


# Hooks and descriptors added to a class after its attribute sites cached plain reads/writes.
class Late:
    def __init__(self, v):
        self.v = v


def touch(obj, n):
    obj.v = obj.v + n
    return obj.v


late = Late(1)
print([touch(late, 1) for _ in range(3)])
Late.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 100)
print(touch(late, 1))
del Late.__setattr__
Late.__getattribute__ = lambda self, name: "intercepted " + name
print(late.v)
del Late.__getattribute__
Late.v = property(lambda self: 7, lambda self, value: print("setter", value))
print(touch(late, 1), vars(late))
del Late.v
print(touch(late, 1))


class SubLate(Late):
    pass


print([touch(o, 10) for o in [Late(1), SubLate(2), Late(3), SubLate(4)]])
