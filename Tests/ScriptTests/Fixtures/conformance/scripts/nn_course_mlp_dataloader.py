import torch
from torch import nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)
n = 300
theta = torch.rand(n) * 2 * torch.pi
r = torch.rand(n)
X = torch.stack([r * torch.cos(theta), r * torch.sin(theta)], dim=1)
y = (r > 0.5).long()
ds = TensorDataset(X, y)
train_ds, val_ds = random_split(ds, [240, 60])
train_dl = DataLoader(train_ds, batch_size=16, shuffle=True)
val_dl = DataLoader(val_ds, batch_size=60)

class MLP(nn.Module):
    def __init__(self, hidden=16, p=0.1):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(2, hidden), nn.ReLU(), nn.Dropout(p),
            nn.Linear(hidden, hidden), nn.ReLU(),
            nn.Linear(hidden, 2),
        )
    def forward(self, x):
        return self.net(x)

model = MLP()
print(model)
print(sum(p.numel() for p in model.parameters()))
for m in model.modules():
    if isinstance(m, nn.Linear):
        nn.init.kaiming_normal_(m.weight, nonlinearity='relu')
        nn.init.zeros_(m.bias)
loss_fn = nn.CrossEntropyLoss(label_smoothing=0.1)
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for epoch in range(8):
    model.train()
    running = 0.0
    for xb, yb in train_dl:
        opt.zero_grad()
        out = model(xb)
        loss = loss_fn(out, yb)
        loss.backward()
        opt.step()
        running += loss.item()
    model.eval()
    correct = 0
    total = 0
    with torch.no_grad():
        for xb, yb in val_dl:
            logits = model(xb)
            correct += (logits.argmax(dim=1) == yb).sum().item()
            total += yb.size(0)
    print(f"Epoch {epoch}: train loss {running/len(train_dl):.4f}, val acc {correct/total:.2%}")
with torch.no_grad():
    probs = F.softmax(model(X[:5]), dim=1)
print(probs)
print(probs.sum(dim=1))
print(model.net[0].weight.grad.shape)
