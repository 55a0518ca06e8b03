import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset, Dataset, random_split

torch.manual_seed(0)
X = torch.randn(10, 2)
y = (X[:, 0] > 0).long()
ds = TensorDataset(X, y)
print(len(ds), ds[3])
loader = DataLoader(ds, batch_size=4, shuffle=True)
print(len(loader))
for epoch in range(2):
    for xb, yb in loader:
        print(epoch, xb.shape, yb)
print(torch.rand(2))
for xb, yb in DataLoader(ds, batch_size=3, drop_last=True):
    print(yb)
g = torch.Generator().manual_seed(5)
for xb, yb in DataLoader(ds, batch_size=5, shuffle=True, generator=g):
    print(yb)

class Squares(Dataset):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return float(i), i * i

for a, b in DataLoader(Squares(5), batch_size=2):
    print(a, b)
train, test = random_split(ds, [0.8, 0.2])
print(len(train), len(test), train.indices)
a, b, c = random_split(range(10), [3, 3, 4], generator=torch.Generator().manual_seed(42))
print(list(a), list(b), list(c))
torch.manual_seed(1)
model = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 2))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loss_fn = nn.CrossEntropyLoss()
for epoch in range(3):
    total = 0.0
    for xb, yb in DataLoader(ds, batch_size=4, shuffle=True):
        opt.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        opt.step()
        total += loss.item() * len(xb)
    print(f"epoch {epoch} loss {total / len(ds):.4f}")
print(opt.param_groups[0]["lr"])
