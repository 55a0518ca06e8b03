# a small MLP trained with CrossEntropyLoss and Adam (with weight decay) on mini-batches:
# every loss, to the last bit, as PyTorch computes it
import torch
import torch.nn as nn

torch.manual_seed(0)
X = torch.randn(60, 2)
y = (X[:, 0] * X[:, 1] > 0).long()
torch.manual_seed(1)
model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 16), nn.ReLU(), nn.Linear(16, 2))
optimizer = torch.optim.Adam(model.parameters(), lr=0.01, weight_decay=0.01)
loss_fn = nn.CrossEntropyLoss()
for epoch in range(20):
    for start in range(0, 60, 10):
        loss = loss_fn(model(X[start:start + 10]), y[start:start + 10])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        print(epoch, loss_fn(model(X), y).item())
