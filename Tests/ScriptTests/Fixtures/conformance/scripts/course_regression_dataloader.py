# Linear regression with a Module class, a DataLoader loop, printing the model and state_dict.
import torch
from torch import nn
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(42)
X = torch.linspace(-2, 2, 64).unsqueeze(1)
y = 3 * X - 1 + 0.2 * torch.randn(64, 1)


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(1, 1)

    def forward(self, x):
        return self.linear(x)


model = Regressor()
print(model)
print(model.state_dict())
loader = DataLoader(TensorDataset(X, y), batch_size=16, shuffle=True)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loss_fn = nn.MSELoss()
for epoch in range(5):
    total = 0.0
    for xb, yb in loader:
        opt.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        opt.step()
        total += loss.item() * len(xb)
    print(f"epoch {epoch}: loss {total / len(X):.6f}")
print(model.state_dict())
w, b = model.linear.weight.item(), model.linear.bias.item()
print(f"w={w:.4f} b={b:.4f}")
print([(n, p.shape) for n, p in model.named_parameters()])
print(model.linear.weight.grad, model.linear.bias.grad_fn)
with torch.no_grad():
    print(model(torch.tensor([[0.0], [1.0]])))
print(sum(p.numel() for p in model.parameters()))
mlp = nn.Sequential(nn.Linear(1, 8), nn.ReLU(), nn.Linear(8, 1))
print(mlp, len(mlp), mlp[0].weight.shape)
print(list(mlp.state_dict().keys()))
