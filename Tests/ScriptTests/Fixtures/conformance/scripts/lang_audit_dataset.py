# A Dataset-like class as course code writes it: __len__/__getitem__, slicing, iteration.
class ToyDataset:
    """Pairs (x, y) with y = 2x + 1."""

    def __init__(self, n, offset=0):
        self.xs = [i + offset for i in range(n)]
        self.ys = [2 * x + 1 for x in self.xs]

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            start, stop, step = idx.indices(len(self))
            sub = ToyDataset(0)
            sub.xs = self.xs[idx]
            sub.ys = self.ys[idx]
            return sub
        if idx < 0:
            idx += len(self)
        if not 0 <= idx < len(self):
            raise IndexError(f"index {idx} out of range for dataset of size {len(self)}")
        return self.xs[idx], self.ys[idx]

    def __repr__(self):
        return f"{type(self).__name__}(n={len(self)})"


ds = ToyDataset(10)
print(ds, len(ds))
print(ds[0], ds[-1], ds[3])
print(ds[2:5], list(ds[2:5]))
print(ds[::3].xs, ds[::-4].ys)
print(slice(1, 8, 2).indices(5), slice(None, None, -1).indices(4))
for i, (x, y) in enumerate(ds[:3]):
    print(i, x, y)
pairs = [ds[i] for i in range(len(ds)) if i % 4 == 0]
print(pairs)
xs, ys = zip(*ds[:4])
print(xs, ys)
print(sum(y for _, y in ds))
print(bool(ds), bool(ToyDataset(0)))


def batches(dataset, batch_size, drop_last=False):
    batch = []
    for item in dataset:
        batch.append(item)
        if len(batch) == batch_size:
            yield batch
            batch = []
    if batch and not drop_last:
        yield batch


for b in batches(ds, 4):
    print(len(b), b[0], b[-1])
print(len(list(batches(ds, 4, drop_last=True))))
print(list(map(len, batches(ds, 3))))

try:
    ds[10]
except IndexError as e:
    print("IndexError:", e)
try:
    ds["a"]
except TypeError as e:
    print("TypeError:", e)
print(ds[1:1].xs, ds[100:].xs, ds[-3:].xs)


class Subset:
    def __init__(self, dataset, indices):
        self.dataset, self.indices = dataset, list(indices)

    def __getitem__(self, i):
        return self.dataset[self.indices[i]]

    def __len__(self):
        return len(self.indices)


sub = Subset(ds, range(1, 10, 3))
print(len(sub), [sub[i] for i in range(len(sub))], list(sub))
print(type(reversed(range(3))).__name__, list(reversed(ToyDataset(3).xs)))
print(3 in ds.xs, (3, 7) in ds, (3, 8) in ds)
ds[20]
