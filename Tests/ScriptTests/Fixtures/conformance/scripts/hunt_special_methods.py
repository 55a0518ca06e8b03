# A Vector class with every special method course code uses.
class Vector:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return f"Vector({', '.join(map(repr, self.xs))})"

    def __str__(self):
        return "<" + " ".join(f"{x:g}" for x in self.xs) + ">"

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.xs[i])
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __iter__(self):
        return iter(self.xs)

    def __contains__(self, v):
        return v in self.xs

    def __call__(self, scale=1):
        return Vector(*(x * scale for x in self.xs))

    def __eq__(self, other):
        return isinstance(other, Vector) and self.xs == other.xs

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __le__(self, other):
        return abs(self) <= abs(other)

    def __hash__(self):
        return hash(tuple(self.xs))

    def __bool__(self):
        return any(self.xs)

    def __abs__(self):
        return sum(x * x for x in self.xs) ** 0.5

    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Vector(*(x + other for x in self.xs))
        return Vector(*(a + b for a, b in zip(self.xs, other.xs)))

    def __radd__(self, other):
        return self + other

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(*(-x for x in self.xs))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self.xs, k.xs))
        return Vector(*(x * k for x in self.xs))

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(*(x / k for x in self.xs))

    def __floordiv__(self, k):
        return Vector(*(x // k for x in self.xs))

    def __mod__(self, k):
        return Vector(*(x % k for x in self.xs))

    def __pow__(self, k):
        return Vector(*(x ** k for x in self.xs))

    def __iadd__(self, other):
        self.xs = [a + b for a, b in zip(self.xs, other.xs)]
        return self

    def __matmul__(self, other):
        return self * other

    def __pos__(self):
        return self

    def __invert__(self):
        return Vector(*reversed(self.xs))


v = Vector(3, 4)
w = Vector(1.5, -2)
print(repr(v), str(v), v, [v, w], {"v": v})
print(len(v), v[0], v[-1], v[0:1], list(v), 4 in v, 5 in v)
v[1] = 4.0
print(v, v(2), v(scale=-1))
print(v == Vector(3, 4), v != w, v < w, v <= v, w > v, w >= v)
print(hash(v) == hash(Vector(3, 4.0)), len({v, Vector(3, 4), w}))
print(bool(v), bool(Vector(0, 0)), not Vector(0))
print(abs(v), v + w, v + 1, 1 + v, v - w, -v, +v, ~v)
print(v * 2, 2 * v, v * w, v @ w, v / 2, v // 2, v % 2, v ** 2)
u = v
u += w
print(u, v, u is v)
print(sum([Vector(1, 1), Vector(2, 2)], Vector(0, 0)), sorted([v, w, Vector(0, 1)]))
print(max(v, w), min([v, w], key=abs), f"{v!r} {v!s} {v}")
try:
    v < 3
except TypeError as e:
    print("TypeError", e)
try:
    v + "s"
except AttributeError as e:
    print("AttributeError", e)


class NoOps:
    pass


n = NoOps()
for expr in ["n + 1", "1 - n", "n * n", "n < n", "-n", "n[0]", "len(n)", "n()", "iter(n)", "n @ n", "abs(n)", "n ** 2", "2 ** n", "n % 3", "~n"]:
    try:
        result = {"n + 1": lambda: n + 1, "1 - n": lambda: 1 - n, "n * n": lambda: n * n,
                  "n < n": lambda: n < n, "-n": lambda: -n, "n[0]": lambda: n[0], "len(n)": lambda: len(n),
                  "n()": lambda: n(), "iter(n)": lambda: iter(n), "n @ n": lambda: n @ n,
                  "abs(n)": lambda: abs(n), "n ** 2": lambda: n ** 2, "2 ** n": lambda: 2 ** n,
                  "n % 3": lambda: n % 3, "~n": lambda: ~n}[expr]()
        print(expr, "->", result)
    except TypeError as e:
        print(expr, "TypeError:", e)
print(n == n, n != NoOps(), n == 1, bool(n), hash(n) == hash(n), str(n) == repr(n))
