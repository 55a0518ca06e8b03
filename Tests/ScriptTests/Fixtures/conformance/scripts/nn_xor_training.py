import torch
import torch.nn as nn

torch.manual_seed(42)
X = torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
y = torch.tensor([[0.0], [1.0], [1.0], [0.0]])

class XOR(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(2, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, x):
        return self.net(x)

model = XOR()
loss_fn = nn.BCEWithLogitsLoss()
opt = torch.optim.Adam(model.parameters(), lr=0.05)
for epoch in range(301):
    opt.zero_grad()
    loss = loss_fn(model(X), y)
    loss.backward()
    opt.step()
    if epoch % 50 == 0:
        print(f"epoch {epoch:3d}  loss {loss.item():.4f}")
with torch.no_grad():
    print((torch.sigmoid(model(X)) > 0.5).float().view(-1))
print(loss)

# Logistic regression with a module class and SGD, class indices and CrossEntropyLoss.
torch.manual_seed(0)
pts = torch.randn(40, 2)
labels = (pts[:, 0] + pts[:, 1] > 0).long()
clf = nn.Linear(2, 2)
opt = torch.optim.SGD(clf.parameters(), lr=0.5)
ce = nn.CrossEntropyLoss(label_smoothing=0.1)
for step in range(20):
    opt.zero_grad()
    out = ce(clf(pts), labels)
    out.backward()
    opt.step()
print(round(out.item(), 4))
print(clf.state_dict())
print(nn.NLLLoss()(torch.log_softmax(clf(pts[:3]), dim=1), labels[:3]).item())
print(nn.HuberLoss(delta=0.5)(torch.tensor([0.0, 1.0, 3.0]), torch.tensor([0.2, 0.0, 0.0])))
print(nn.BCELoss()(torch.tensor([0.9, 0.2]), torch.tensor([1.0, 0.0])))
print(nn.L1Loss(reduction="none")(torch.tensor([1.0, -2.0]), torch.tensor([0.0, 0.0])))
