import torch
import torch.nn as nn
import torch.nn.functional as F

# A bag-of-tokens classifier: Embedding (padding 0) -> mean -> LayerNorm -> Linear.
torch.manual_seed(3)
tokens = torch.randint(1, 10, (32, 5))
tokens[:, 3:] = torch.where(torch.rand(32, 2) < 0.5, torch.zeros(32, 2, dtype=torch.long), tokens[:, 3:])
labels = (tokens == 7).any(dim=1).long()


class BagClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(10, 8, padding_idx=0)
        self.norm = nn.LayerNorm(8)
        self.head = nn.Linear(8, 2)

    def forward(self, t):
        mask = (t != 0).float().unsqueeze(-1)
        pooled = (self.emb(t) * mask).sum(dim=1) / mask.sum(dim=1)
        return self.head(self.norm(pooled))


model = BagClassifier()
print(model)
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for step in range(1, 41):
    opt.zero_grad()
    loss = F.cross_entropy(model(tokens), labels)
    loss.backward()
    opt.step()
    if step % 10 == 0:
        acc = (model(tokens).argmax(dim=1) == labels).float().mean().item()
        print(f"step {step:2d} loss {loss.item():.4f} acc {acc:.3f}")
print(model.emb.weight[0], model.emb.weight.grad[0])
print(f"{model.norm.weight.abs().sum().item():.4f} {model.norm.bias.abs().sum().item():.4f}")

# An MLP with BatchNorm1d on a regression target, then evaluated with running statistics.
torch.manual_seed(0)
x = torch.rand(64, 2) * 4 - 2
y = x[:, :1] * x[:, 1:] * 0.5 - x[:, :1] ** 2 * 0.25
net = nn.Sequential(nn.Linear(2, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Linear(16, 1))
opt = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9)
for epoch in range(1, 61):
    for batch in range(4):
        xb, yb = x[batch * 16:(batch + 1) * 16], y[batch * 16:(batch + 1) * 16]
        opt.zero_grad()
        loss = F.mse_loss(net(xb), yb)
        loss.backward()
        opt.step()
    if epoch % 20 == 0:
        print(f"epoch {epoch} loss {loss.item():.4f}")
bn = net[1]
print(bn.num_batches_tracked, bn.running_mean[:4], bn.running_var[:4])
net.eval()
with torch.no_grad():
    print(f"eval mse {F.mse_loss(net(x), y).item():.4f}")
    print(net(torch.tensor([[0.5, 0.5], [-1.0, 1.5]])))
print(list(net.state_dict().keys()))
