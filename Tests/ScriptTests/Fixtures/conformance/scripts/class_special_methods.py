class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return "Vec(" + ", ".join(repr(x) for x in self.xs) + ")"
    def __str__(self):
        return "<" + " ".join(str(x) for x in self.xs) + ">"
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __delitem__(self, i):
        del self.xs[i]
    def __iter__(self):
        return iter(self.xs)
    def __contains__(self, v):
        return v in self.xs
    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs
    def __lt__(self, other):
        return self.norm() < other.norm()
    def __le__(self, other):
        return self.norm() <= other.norm()
    def __hash__(self):
        return hash(tuple(self.xs))
    def __bool__(self):
        return any(x != 0 for x in self.xs)
    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Vec(*[x + other for x in self.xs])
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
    def __radd__(self, other):
        return self + other
    def __sub__(self, other):
        return Vec(*[a - b for a, b in zip(self.xs, other.xs)])
    def __mul__(self, k):
        return Vec(*[x * k for x in self.xs])
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(*[x / k for x in self.xs])
    def __floordiv__(self, k):
        return Vec(*[x // k for x in self.xs])
    def __mod__(self, k):
        return Vec(*[x % k for x in self.xs])
    def __pow__(self, k):
        return Vec(*[x ** k for x in self.xs])
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))
    def __neg__(self):
        return Vec(*[-x for x in self.xs])
    def __pos__(self):
        return self
    def __abs__(self):
        return self.norm()
    def __iadd__(self, other):
        self.xs = [a + b for a, b in zip(self.xs, other.xs)]
        return self
    def __call__(self, i):
        return self.xs[i] * 10
    def norm(self):
        return sum(x * x for x in self.xs) ** 0.5

v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v, repr(v), str(v), f"{v}", f"{v!r}", [v, w])
print(len(v), v[0], v[-1], v[1:], list(v), 2 in v, 7 in v, 7 not in v)
v[0] = 10; print(v); v[0] = 1
print(v + w, v + 1, 1 + v, w - v, v * 2, 3 * v, v / 2, v // 2, w % 4, v ** 2, v @ w, -v, +v, abs(Vec(3, 4)))
print(v == Vec(1, 2, 3), v != Vec(1, 2, 3), v == w, v != w, v < w, v <= w, v > w, v >= w)
print(sorted([w, v, Vec(0, 0, 1)]), min(w, v), max([v, w]))
print(bool(v), bool(Vec(0, 0)), not Vec(0), "yes" if Vec(1) else "no")
print(hash(v) == hash(Vec(1, 2, 3)), {v: 1}[Vec(1, 2, 3)], len({v, Vec(1, 2, 3), w}) if False else len({v: 0, Vec(1, 2, 3): 1, w: 2}))
u = v
u += w
print(u, v, u is v)
print(v(1), callable(v), callable(Vec), callable(3))
del w[0]
print(w, len(w))
total = sum([Vec(1, 1), Vec(2, 2), Vec(3, 3)])
print(total)
a, b, c = Vec(7, 8, 9)
print(a, b, c, *Vec(1, 2))
print(max(Vec(1, 5, 2)), sorted(Vec(3, 1, 2)), list(enumerate(Vec(5, 6))), dict(zip(Vec(1, 2), "ab")))

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if not isinstance(other, Num):
            return NotImplemented
        return Num(self.v + other.v)
    def __repr__(self):
        return f"Num({self.v})"
print(Num(1) + Num(2))
try:
    Num(1) + 2
except TypeError as e:
    print("TypeError:", e)
try:
    2 - Num(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Num(1) < Num(2)
except TypeError as e:
    print("TypeError:", e)
try:
    len(Num(1))
except TypeError as e:
    print("TypeError:", e)
try:
    Num(1)[0]
except TypeError as e:
    print("TypeError:", e)
try:
    Num(1)()
except TypeError as e:
    print("TypeError:", e)
try:
    -Num(1)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in Num(1):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Num(1) == Num(1), Num(1) != Num(1))
n = Num(1)
print(n == n, n != n, n is n)

class OnlyEq:
    def __eq__(self, other):
        return True
try:
    hash(OnlyEq())
except TypeError as e:
    print("TypeError:", e)
print(OnlyEq() == 5, 5 == OnlyEq(), OnlyEq() != 5)

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
