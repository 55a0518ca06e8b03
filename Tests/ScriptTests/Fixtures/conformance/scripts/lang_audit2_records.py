# A dataclass-free record type with __eq__/__hash__/__lt__, functools.total_ordering,
# sorting by keys, sets and dict keys of records, and __slots__.
from functools import total_ordering
from collections import namedtuple


@total_ordering
class Run:
    __slots__ = ("name", "lr", "acc")

    def __init__(self, name, lr, acc):
        self.name, self.lr, self.acc = name, lr, acc

    def _key(self):
        return (self.name, self.lr)

    def __eq__(self, other):
        if not isinstance(other, Run):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __lt__(self, other):
        if not isinstance(other, Run):
            return NotImplemented
        return (self.acc, self.name) < (other.acc, other.name)

    def __repr__(self):
        return f"Run({self.name!r}, lr={self.lr:g}, acc={self.acc:.2%})"


runs = [Run("adam", 1e-3, 0.91), Run("sgd", 0.1, 0.87), Run("adam", 1e-3, 0.93), Run("rms", 1e-2, 0.87)]
print(sorted(runs))
print(max(runs), min(runs), runs[0] == runs[2], runs[0] is runs[2], len(set(runs)))
print(runs[1] <= runs[3], runs[1] > runs[3], runs[0] >= runs[2], runs[0] != runs[1])
print(sorted(runs, key=lambda r: (-r.acc, r.name))[:2])
best = {}
for r in runs:
    best[r] = max(best.get(r, 0), r.acc)
print(best)
print(runs[0] == ("adam", 1e-3), runs[0].__eq__(5), sorted({r.name for r in runs}))
try:
    runs[0] < 3
except TypeError as e:
    print("TypeError:", e)
try:
    runs[0].extra = 1
except AttributeError as e:
    print("AttributeError:", e)
Point = namedtuple("Point", "x y", defaults=[0])
p = Point(1)
print(p, p._replace(y=5), p._asdict(), Point._fields, p < Point(1, 1), hash(p) == hash((1, 0)))


class Version:
    def __init__(self, text):
        self.parts = tuple(int(x) for x in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), sorted(vs, reverse=True)[0], Version("1.0") == Version("1.0"))
try:
    {Version("1.0")}
except TypeError as e:
    print("TypeError:", e)
try:
    Version("1.0") <= Version("2.0")
except TypeError as e:
    print("TypeError:", e)
