# collections.abc: isinstance / issubclass checks course code makes on its inputs.
import collections
import collections.abc
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque
from collections.abc import (Callable, Collection, Container, Generator, Hashable, ItemsView, Iterable, Iterator,
                             KeysView, Mapping, MappingView, MutableMapping, MutableSequence, MutableSet, Reversible,
                             Sequence, Set, Sized, ValuesView)

print(collections.abc.Iterable, Mapping, Sequence.__name__, Sequence.__module__)
print(collections.abc.Sequence is Sequence)


def gen():
    yield 1


samples = [("list", [1]), ("tuple", (1,)), ("str", "ab"), ("dict", {"a": 1}), ("set", {1}),
           ("frozenset", frozenset()), ("range", range(3)), ("int", 3), ("float", 1.5), ("None", None),
           ("generator", gen()), ("list_iterator", iter([1])), ("map", map(str, [1])), ("zip", zip([1], [2])),
           ("enumerate", enumerate([])), ("deque", deque()), ("Counter", Counter()), ("OrderedDict", OrderedDict()),
           ("defaultdict", defaultdict(int)), ("ChainMap", ChainMap()), ("keys", {}.keys()), ("values", {}.values()),
           ("items", {}.items()), ("function", gen), ("lambda", lambda: 0), ("builtin", len), ("type", int)]
abcs = [Iterable, Iterator, Generator, Sized, Container, Collection, Callable, Hashable, Reversible, Sequence,
        MutableSequence, Mapping, MutableMapping, Set, MutableSet, MappingView, KeysView, ValuesView, ItemsView]
for name, value in samples:
    print(f"{name:14}", "".join("X" if isinstance(value, abc) else "." for abc in abcs))
for cls in (list, tuple, str, dict, set, frozenset, range, int, deque, Counter, ChainMap, type(gen())):
    print(f"{cls.__name__:14}", "".join("X" if issubclass(cls, abc) else "." for abc in abcs))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Bag:
    def __len__(self):
        return 0

    def __contains__(self, x):
        return False

    def __iter__(self):
        return iter([])


class Point:
    def __eq__(self, other):
        return True


class Unhashable:
    __hash__ = None


class Adder:
    def __call__(self, x):
        return x + 1


class Rows(Sequence):
    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, i):
        return self.rows[i]

    def __len__(self):
        return len(self.rows)


class Registry(Mapping):
    def __init__(self):
        self.data = {"a": 1}

    def __getitem__(self, k):
        return self.data[k]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return 1


for obj in (Countdown(3), Bag(), Point(), Unhashable(), Adder(), Rows([1, 2, 3]), Registry(), object()):
    print(f"{type(obj).__name__:14}", "".join("X" if isinstance(obj, abc) else "." for abc in abcs))
rows = Rows([10, 20, 30])
print(len(rows), rows[1], list(rows), 20 in rows, list(reversed(rows)))
print(issubclass(Rows, Sequence), issubclass(Rows, Iterable), issubclass(Registry, Mapping), issubclass(Registry, dict))
print(isinstance(rows, (Mapping, Sequence)), isinstance(3, (Mapping, Sequence)))


def flatten(items):
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, str):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, (3, 4)], "ab", {5}, range(6, 8)])))


def describe(x):
    if isinstance(x, Mapping):
        return "mapping of " + str(len(x))
    if isinstance(x, Sequence):
        return "sequence of " + str(len(x))
    if isinstance(x, Callable):
        return "callable"
    return type(x).__name__


print([describe(v) for v in ({}, [], "s", (), len, 3, Counter("aab"), Rows([1]))])
for abc in (Iterable, Sized, Sequence, Mapping, MutableSequence, Hashable, Callable, Reversible, Collection):
    try:
        abc()
    except TypeError as e:
        print("TypeError:", e)
