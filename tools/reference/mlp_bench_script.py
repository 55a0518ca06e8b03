import torch
import torch.nn as nn

torch.manual_seed(0)
X = torch.randn(200, 2)
y = ((X[:, 0] * X[:, 1]) > 0).long()
model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 16), nn.ReLU(), nn.Linear(16, 2))
opt = torch.optim.Adam(model.parameters(), lr=0.01)
loss_fn = nn.CrossEntropyLoss()
for epoch in range(1000):
    opt.zero_grad()
    loss = loss_fn(model(X), y)
    loss.backward()
    opt.step()
print(f"final loss {loss.item():.4f}")
