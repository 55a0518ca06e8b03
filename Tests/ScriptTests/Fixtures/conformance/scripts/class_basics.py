class Point:
    """A point."""
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    @property
    def r(self):
        return self.norm2() ** 0.5
    @staticmethod
    def origin():
        return Point(0, 0)
    @classmethod
    def unit(cls):
        return cls(1, 0)

p = Point(3, 4)
print(p, p.r, p.norm2(), Point.count)
print(p + Point(1, 1), Point.origin(), Point.unit())
print(p == Point(3, 4), p != Point(3, 4), p == 3)
d = {p: "a"}
print(d[Point(3, 4)])
print(type(p).__name__, type(p), p.__class__.__name__, isinstance(p, (int, Point)))
print(vars(p), p.__dict__)
setattr(p, "z", 5); print(getattr(p, "z"), hasattr(p, "w"), getattr(p, "w", 9))

class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"
d = Dog("Rex", "lab")
print(d.speak(), isinstance(d, Animal), issubclass(Dog, Animal), Dog.__mro__)

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])

class Obj: pass
o = Obj()
print(repr(o).startswith("<__main__.Obj object at 0x"), str(o) == repr(o))
print(len(repr(o)) > 30)
class E(Exception):
    pass
try:
    raise E("bad")
except Exception as e:
    print("caught", repr(e), str(e), type(e).__name__, e.args)
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
t = Temp(); t.c = 25; print(t.c)
try:
    t.c = -300
except ValueError as e:
    print("err", e)
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError("out")
        return i * i
    def __contains__(self, x): return x == 4
print(len(Seq(3)), list(Seq(4)), 4 in Seq(1), 5 in Seq(9), bool(Seq(0)))
class Counter:
    def __init__(self, n): self.i = 0; self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(Counter(3)), sum(Counter(4)), next(iter(Counter(2))))
class V:
    def __init__(self, v): self.v = v
    def __mul__(self, o): return V(self.v * (o.v if isinstance(o, V) else o))
    def __rmul__(self, o): return self * o
    def __radd__(self, o): return V(self.v + o)
    def __neg__(self): return V(-self.v)
    def __truediv__(self, o): return V(self.v / o)
    def __pow__(self, o): return V(self.v ** o)
    def __iadd__(self, o): self.v += o; return self
    def __lt__(self, o): return self.v < o.v
    def __call__(self, k): return self.v * k
    def __repr__(self): return f"V({self.v})"
x = V(2)
print(3 * x, x * 4, 1 + x, -x, x / 4, x ** 3, sum([V(1), V(2)], 0) if False else x(5))
x += 10; print(x, V(1) < V(2), sorted([V(3), V(1), V(2)]), max(V(1), V(5)))
