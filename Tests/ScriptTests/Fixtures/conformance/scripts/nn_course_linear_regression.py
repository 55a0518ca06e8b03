import torch
from torch import nn

torch.manual_seed(123)
X = torch.linspace(0, 1, 50).unsqueeze(1)
y = 3 * X + 2 + 0.1 * torch.randn(X.shape)

class LinearRegressionModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.weights = nn.Parameter(torch.randn(1, requires_grad=True, dtype=torch.float))
        self.bias = nn.Parameter(torch.randn(1, requires_grad=True, dtype=torch.float))
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.weights * x + self.bias

model_0 = LinearRegressionModel()
print(list(model_0.parameters()))
print(model_0.state_dict())
with torch.inference_mode():
    y_preds = model_0(X[:3])
print(y_preds)
loss_fn = nn.L1Loss()
optimizer = torch.optim.SGD(params=model_0.parameters(), lr=0.01)
epoch_count, train_loss_values = [], []
for epoch in range(300):
    model_0.train()
    y_pred = model_0(X)
    loss = loss_fn(y_pred, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if epoch % 50 == 0:
        epoch_count.append(epoch)
        train_loss_values.append(loss.detach().numpy() if False else loss.detach())
        print(f"Epoch: {epoch} | MAE Train Loss: {loss} ")
print(model_0.state_dict())
print(train_loss_values)
print(torch.tensor(train_loss_values))
model_1 = nn.Linear(in_features=1, out_features=1)
print(model_1.state_dict())
print(model_1.weight.data, model_1.bias.item())
next(model_1.parameters()).device
print(X[:5], y[:5], sep="\n")
print(torch.cat([X[:2], y[:2]], dim=1))
w, b = model_0.parameters()
print(f"w={w.item():.3f} b={b.item():.3f}")
