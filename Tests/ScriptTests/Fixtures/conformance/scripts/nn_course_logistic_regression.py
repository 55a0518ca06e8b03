import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(42)
N = 200
X = torch.randn(N, 2)
y = ((X[:, 0] + 0.5 * X[:, 1]) > 0).float().unsqueeze(1)
print(X.shape, y.shape, y.mean())

class LogisticRegression(nn.Module):
    def __init__(self, in_features):
        super().__init__()
        self.linear = nn.Linear(in_features, 1)

    def forward(self, x):
        return torch.sigmoid(self.linear(x))

model = LogisticRegression(2)
print(model)
for name, p in model.named_parameters():
    print(name, p.shape, p.requires_grad)
criterion = nn.BCELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
loader = DataLoader(TensorDataset(X, y), batch_size=32, shuffle=True)
for epoch in range(5):
    total = 0.0
    for xb, yb in loader:
        pred = model(xb)
        loss = criterion(pred, yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        total += loss.item() * xb.size(0)
    print(f"epoch {epoch+1}: loss={total / len(loader.dataset):.4f}")

model.eval()
with torch.no_grad():
    probs = model(X)
    preds = (probs >= 0.5).float()
    acc = (preds == y).float().mean()
print(f"accuracy: {acc.item():.3f}", acc)
print(model.linear.weight, model.linear.bias)
print(model.state_dict())
sd = model.state_dict()
m2 = LogisticRegression(2)
print(m2.load_state_dict(sd))
print(torch.equal(m2.linear.weight, model.linear.weight))
print(len(loader), len(loader.dataset))
