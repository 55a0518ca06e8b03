# A Vector class with the arithmetic, reflected, in-place and comparison dunders.
import math


class Vector:
    def __init__(self, *components):
        self.c = list(components)

    def __repr__(self):
        return f"Vector({', '.join(repr(x) for x in self.c)})"

    def __str__(self):
        return "(" + ", ".join(f"{x:g}" for x in self.c) + ")"

    def _coerce(self, other):
        if isinstance(other, Vector):
            if len(other.c) != len(self.c):
                raise ValueError(f"dimension mismatch: {len(self.c)} vs {len(other.c)}")
            return other.c
        if isinstance(other, (int, float)):
            return [other] * len(self.c)
        return None

    def _op(self, other, f):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Vector(*[f(a, b) for a, b in zip(self.c, o)])

    def __add__(self, o): return self._op(o, lambda a, b: a + b)
    def __radd__(self, o): return self._op(o, lambda a, b: b + a)
    def __sub__(self, o): return self._op(o, lambda a, b: a - b)
    def __rsub__(self, o): return self._op(o, lambda a, b: b - a)
    def __mul__(self, o): return self._op(o, lambda a, b: a * b)
    def __rmul__(self, o): return self._op(o, lambda a, b: b * a)
    def __truediv__(self, o): return self._op(o, lambda a, b: a / b)
    def __rtruediv__(self, o): return self._op(o, lambda a, b: b / a)
    def __floordiv__(self, o): return self._op(o, lambda a, b: a // b)
    def __mod__(self, o): return self._op(o, lambda a, b: a % b)
    def __pow__(self, o): return self._op(o, lambda a, b: a ** b)
    def __rpow__(self, o): return self._op(o, lambda a, b: b ** a)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return Vector(*[-a for a in self.c])
    def __pos__(self): return Vector(*self.c)
    def __abs__(self): return math.sqrt(sum(a * a for a in self.c))
    def __round__(self, n=0): return Vector(*[round(a, n) for a in self.c])

    def __iadd__(self, o):
        oc = self._coerce(o)
        if oc is None:
            return NotImplemented
        for i, b in enumerate(oc):
            self.c[i] += b
        return self

    def __imul__(self, k):
        self.c = [a * k for a in self.c]
        return self

    def __eq__(self, o):
        return isinstance(o, Vector) and self.c == o.c

    def __lt__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        return abs(self) < abs(o)

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash(tuple(self.c))

    def __len__(self):
        return len(self.c)

    def __iter__(self):
        return iter(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __bool__(self):
        return any(self.c)

    def __contains__(self, x):
        return x in self.c


v = Vector(1, 2, 3)
w = Vector(0.5, -1.5, 2.0)
print(repr(v), str(w), v)
print(v + w, v - w, v * w, v / 2, v // 2, v % 2, v ** 2)
print(1 + v, 10 - v, 2 * v, 6 / v, 2 ** v)
print(v @ w, -v, +w, abs(Vector(3, 4)), round(Vector(1.234, 5.678), 1))
u = v
u += 1
print(u is v, v)
u *= 2
print(u is v, v)
u += w
print(v, u)
print(v == Vector(4, 6, 8), v != w, v == [4, 6, 8], v < w, w < v, v <= v, w > v, v >= w)
print(len(v), list(v), v[1], v[-1], v[1:], 6 in v, 7 in v, bool(Vector(0, 0)), bool(v))
print(sorted([Vector(3, 4), Vector(1, 1), Vector(0, 2)]))
print(max([Vector(3, 4), Vector(1, 1)]), min(Vector(5, 5), Vector(1, 0)))
print(sorted([Vector(3, 4), Vector(1, 1)], reverse=True))
print(sorted([Vector(2, 0), Vector(0, 1)], key=lambda t: t[1]))
print(len({Vector(1, 2), Vector(1, 2), Vector(2, 1)}))
print(sum([Vector(1, 1), Vector(2, 2)], Vector(0, 0)))
print(sum([Vector(1, 1), Vector(2, 2)]))
try:
    v + Vector(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    v + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" - v
except TypeError as e:
    print("TypeError:", e)
try:
    v < 3
except TypeError as e:
    print("TypeError:", e)
try:
    v @ 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    v ^ w
except TypeError as e:
    print("TypeError:", e)
try:
    v -= "x"
except TypeError as e:
    print("TypeError:", e)
try:
    hash([v])
except TypeError as e:
    print("TypeError:", e)
print(divmod(7, 2), divmod(-7.5, 2), pow(2, 10, 1000), pow(2, -1, 7))
print(Vector(1, 2) > 5)
