import torch
from torch.utils.data import Dataset, DataLoader, TensorDataset, random_split, Subset
class Points(Dataset):
    def __init__(self, n):
        g = torch.Generator().manual_seed(0)
        self.x = torch.randn(n, 2, generator=g)
        self.y = (self.x.sum(1) > 0).long()
    def __len__(self):
        return len(self.x)
    def __getitem__(self, idx):
        return self.x[idx], self.y[idx]
ds = Points(10)
print(len(ds), ds[0])
torch.manual_seed(0)
dl = DataLoader(ds, batch_size=4, shuffle=True)
for xb, yb in dl:
    print(xb.shape, yb)
print(len(dl))
dl2 = DataLoader(ds, batch_size=4, drop_last=True)
print(len(dl2), [b[1].tolist() for b in dl2])
train, val = random_split(ds, [8, 2], generator=torch.Generator().manual_seed(42))
print(len(train), len(val), train.indices, val.indices)
a, b, c = random_split(range(10), [0.5, 0.3, 0.2], generator=torch.Generator().manual_seed(1))
print(list(a), list(b), list(c))
td = TensorDataset(torch.arange(6).float(), torch.arange(6) % 2)
print(td[2], len(td), td.tensors[1])
g = torch.Generator().manual_seed(3)
print([b for b in DataLoader(td, batch_size=2, shuffle=True, generator=g)])
print(next(iter(DataLoader([(1, 2.0), (3, 4.0)], batch_size=2))))
print(next(iter(DataLoader([{"a": torch.ones(2), "b": 1}] * 3, batch_size=3))))
def collate(batch):
    xs, ys = zip(*batch)
    return torch.stack(xs), torch.tensor(ys)
print(next(iter(DataLoader(td, batch_size=3, collate_fn=collate))))
for epoch in range(2):
    for i, (xb, yb) in enumerate(DataLoader(ds, batch_size=5, shuffle=True)):
        print(epoch, i, yb.tolist())
print(Subset(ds, [1, 3])[1])
