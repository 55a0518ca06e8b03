# a mini dataset/dataloader in pure Python: __getitem__/__len__, generators, itertools
import itertools
import math
import random
from collections import namedtuple, deque

Example = namedtuple("Example", ["x", "y"])


class ToyDataset:
    def __init__(self, n, seed=0):
        rng = random.Random(seed)
        self.items = [Example(round(rng.uniform(-1, 1), 4), i % 3) for i in range(n)]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return [self[i] for i in range(*idx.indices(len(self)))]
        if idx < 0:
            idx += len(self)
        if not 0 <= idx < len(self):
            raise IndexError(f"index {idx} out of range for dataset of size {len(self)}")
        return self.items[idx]

    def __repr__(self):
        return f"{self.__class__.__name__}(n={len(self)})"


class Subset:
    def __init__(self, dataset, indices):
        self.dataset, self.indices = dataset, list(indices)

    def __getitem__(self, i):
        return self.dataset[self.indices[i]]

    def __len__(self):
        return len(self.indices)


def batches(dataset, batch_size, shuffle=False, drop_last=False, seed=None):
    idxs = list(range(len(dataset)))
    if shuffle:
        random.Random(seed).shuffle(idxs)
    it = iter(idxs)
    while True:
        chunk = list(itertools.islice(it, batch_size))
        if not chunk or (drop_last and len(chunk) < batch_size):
            return
        xs, ys = zip(*(dataset[i] for i in chunk))
        yield list(xs), list(ys)


class DataLoader:
    def __init__(self, dataset, batch_size=4, **kwargs):
        self.dataset, self.batch_size, self.kwargs = dataset, batch_size, kwargs

    def __iter__(self):
        yield from batches(self.dataset, self.batch_size, **self.kwargs)

    def __len__(self):
        n = len(self.dataset)
        return n // self.batch_size if self.kwargs.get("drop_last") else math.ceil(n / self.batch_size)


ds = ToyDataset(10, seed=3)
print(ds, len(ds), ds[0], ds[-1], ds[2:5])
print(ds[0].x, ds[0]._asdict(), ds[1]._replace(y=9))
try:
    ds[10]
except IndexError as e:
    print("IndexError:", e)
for x, y in ds[:2]:
    print(f"x={x:+.2f} y={y}")
# iteration through the legacy __getitem__ protocol
print(sum(1 for _ in ds), [e.y for e in ds][:6], Example(1, 2) in ds)
train = Subset(ds, range(0, 10, 2))
print(len(train), list(train)[:2])
dl = DataLoader(ds, batch_size=4)
print(len(dl), [len(xb) for xb, yb in dl])
dl2 = DataLoader(ds, batch_size=3, shuffle=True, drop_last=True, seed=1)
for i, (xb, yb) in enumerate(dl2):
    print(i, xb, yb)
print(len(dl2))
gen = batches(ds, 5)
print(type(gen).__name__, next(gen)[1], next(gen)[1])
print(next(gen, "exhausted"))
try:
    next(gen)
except StopIteration:
    print("StopIteration")


def running_mean(values, window=3):
    buf = deque(maxlen=window)
    for v in values:
        buf.append(v)
        yield sum(buf) / len(buf)

print([round(m, 3) for m in running_mean([e.x for e in ds])])
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.pairwise(range(4))))
groups = itertools.groupby(sorted(ds, key=lambda e: e.y), key=lambda e: e.y)
print({k: len(list(g)) for k, g in groups})
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.takewhile(lambda e: e.y < 2, ds)))


def infinite(ds):
    epoch = 0
    while True:
        for item in ds:
            yield epoch, item
        epoch += 1

print([(ep, e.y) for ep, e in itertools.islice(infinite(Subset(ds, [0, 1, 2])), 2, 8)])


def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received

g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as stop:
    print("returned", stop.value)
squares = (i * i for i in range(5))
print(sum(squares), sum(squares), list(reversed(range(3))), sorted(ds, key=lambda e: -e.x)[0])
