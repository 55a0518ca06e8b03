# Script classes deriving from the iterator builtins (zip, enumerate, map, filter, reversed),
# overriding __next__ and calling super().__next__(), and the final type range.
class Pairs(zip):
    def __repr__(self):
        return "Pairs(...)"


p = Pairs("abc", [1, 2, 3])
print(type(p).__name__, isinstance(p, zip), repr(p))
print(next(p))
print(list(p))


class Numbered(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return f"{i + 1}. {x}"


for line in Numbered(["load data", "train", "evaluate"]):
    print(line)
print(list(Numbered("ab", start=10)))


class Squares(map):
    pass


s = Squares(lambda v: v * v, range(5))
print(list(s), type(s).__mro__)


class Evens(filter):
    def __init__(self, xs):
        self.count = 0

    def __new__(cls, xs):
        return super().__new__(cls, lambda v: v % 2 == 0, xs)

    def __next__(self):
        self.count += 1
        return super().__next__()


e = Evens(range(7))
print(list(e), e.count)


class Backwards(reversed):
    pass


print(list(Backwards([1, 2, 3])), "".join(Backwards("abc")))
it = iter(Pairs([1], [2]))
print(it is iter(it), type(it).__name__)
print(zip([1, 2], "xy").__next__(), enumerate("q").__iter__().__next__())
print(list(map(str, [1, 2]).__iter__()), "ab".__iter__().__next__())
try:
    next(Pairs([], []))
except StopIteration:
    print("StopIteration")

try:
    class Span(range):
        pass
except TypeError as exc:
    print("TypeError:", exc)


class Vocab(dict):
    def __missing__(self, token):
        self[token] = len(self)
        return self[token]


v = Vocab()
ids = [v[ch] for ch in "hello world"]
print(ids, len(v), v.get("z"), "z" in v, type(v).__name__)
print(dict.__getitem__(v, "h"), v)


class Path(str):
    def stem(self):
        return self.rsplit("/", 1)[-1].split(".")[0]

    def __truediv__(self, other):
        return Path(self + "/" + other)


p = Path("data") / "train.csv"
print(p, repr(p), p.stem(), type(p).__name__, type(p.upper()).__name__, p.endswith(".csv"))


class Limited(zip):
    def __new__(cls, *iterables, limit):
        self = super().__new__(cls, *iterables)
        self.limit = limit
        return self

    def __next__(self):
        if self.limit == 0:
            raise StopIteration
        self.limit -= 1
        return super().__next__()


print(list(Limited(range(10), "abcdefghij", limit=3)))
class Span(range):
    pass
