from collections import defaultdict, OrderedDict, Counter

class LoggingList(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)

    def append(self, x):
        print("append", x)
        super().append(x)

ll = LoggingList([1, 2])
ll.append(3)
ll[0] = 5
print(ll[0], ll, len(ll), list.__len__(ll), list.__getitem__(ll, 1))

class Default(dict):
    def __missing__(self, key):
        return key.upper()

d = Default(a="x")
print(d["a"], d["zz"], d, d.get("zz"), "zz" in d)

class Tally(defaultdict):
    def __init__(self):
        super().__init__(int)

    def add(self, word):
        self[word] += 1

t = Tally()
for w in "the cat the hat".split():
    t.add(w)
print(t, dict(t), isinstance(t, defaultdict), isinstance(t, dict), t.default_factory)

class Words(Counter):
    def top(self):
        return self.most_common(1)[0][0]

w = Words("abracadabra")
print(w, w.top(), w["a"], w["z"], type(w).__name__, isinstance(w, Counter))

class Recent(OrderedDict):
    def touch(self, k):
        self.move_to_end(k)

r = Recent([("a", 1), ("b", 2), ("c", 3)])
r.touch("a")
print(r, list(r), type(r).__name__)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return f"Point(x={self[0]}, y={self[1]})"

p = Point(1, 2)
print(p, p.x, p[1], len(p), p + (3,), isinstance(p, tuple), {p: "here"}[(1, 2)], p == (1, 2), hash(p) == hash((1, 2)))
a, b = p
print(a, b, sorted(Point(3, 1)), max(p), tuple(p), list(p))

class Money(float):
    def __eq__(self, other):
        return abs(float(self) - float(other)) < 0.01
try:
    hash(Money(1.0))
except TypeError as e:
    print("TypeError:", e)
print(Money(1.0) == 1.001, Money(1.0) != 1.001, Money.__hash__)

class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
u = Upper("hello world")
print(u, u.split(), u.lower(), "HELLO" in u, u.startswith("HE"), f"[{u:>14}]", u * 2, u < "Z", sorted([Upper("b"), Upper("a")]))

class Meters(int):
    def __repr__(self):
        return f"Meters({int(self)})"
    def __add__(self, other):
        return Meters(int(self) + int(other))
m = Meters(3) + Meters(4)
print(m, repr(m), m * 2, 2 + m, -m, ~m, m // 2, m % 2, m ** 2, divmod(m, 2), float(m), str(m), f"{m:03d}", hex(m), bin(Meters(5)))

class Grid(list):
    def __init__(self, rows, cols):
        super().__init__([[0] * cols for _ in range(rows)])
        self.rows = rows
        self.cols = cols
g = Grid(2, 3)
g[1][2] = 7
print(g, g.rows, g.cols, vars(g), g.__dict__, len(g), g.copy(), type(g.copy()).__name__)
print(issubclass(Grid, list), Grid.__mro__, Grid.__bases__, type(g) is Grid, g.__class__.__name__)
for row in g:
    print(row)
s = Grid(1, 1)
s.extend([1, 2])
s.sort(key=str)
print(s, s.index(2), s.count(1), list(reversed(s)), s[::-1], bool(s), 1 in s)
