import torch
from torch.utils.data import Dataset, DataLoader, TensorDataset, random_split

X = torch.arange(20.0).reshape(10, 2)
y = torch.arange(10)
ds = TensorDataset(X, y)
print(len(ds), ds[3])
for xb, yb in DataLoader(ds, batch_size=4):
    print(xb.shape, yb)
for xb, yb in DataLoader(ds, batch_size=4, drop_last=True):
    print(yb)
g = torch.Generator().manual_seed(42)
print([yb.tolist() for _, yb in DataLoader(ds, batch_size=3, shuffle=True, generator=g)])
torch.manual_seed(0)
print([yb.tolist() for _, yb in DataLoader(ds, batch_size=3, shuffle=True)])
print([yb.tolist() for _, yb in DataLoader(ds, batch_size=3, shuffle=True, drop_last=True)])
loader = DataLoader(ds, batch_size=4)
print(len(loader), len(DataLoader(ds, batch_size=4, drop_last=True)), loader.batch_size, loader.drop_last)
print(len(loader.dataset))
train, test = random_split(ds, [7, 3], generator=torch.Generator().manual_seed(1))
print(len(train), len(test), train.indices, test.indices)
a, b, c = random_split(range(10), [0.5, 0.3, 0.2], generator=torch.Generator().manual_seed(2))
print(list(a), list(b), list(c))
a, b = random_split(range(7), [0.5, 0.5], generator=torch.Generator().manual_seed(3))
print(list(a), list(b))
torch.manual_seed(5)
tr, va = random_split(ds, [0.8, 0.2])
print(tr.indices, va.indices, tr[0])

class Squares(Dataset):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return torch.tensor([float(i)]), i * i

dl = DataLoader(Squares(5), batch_size=2)
for xb, yb in dl:
    print(xb, yb)
print(next(iter(DataLoader(Squares(3), batch_size=3))))
it = iter(DataLoader(ds, batch_size=5, shuffle=True, generator=torch.Generator().manual_seed(0)))
print(next(it)[1], next(it)[1])
dd = DataLoader([{"x": torch.tensor([1.0]), "y": 1}, {"x": torch.tensor([2.0]), "y": 0}], batch_size=2)
print(next(iter(dd)))
random_split(ds, [5, 6])
