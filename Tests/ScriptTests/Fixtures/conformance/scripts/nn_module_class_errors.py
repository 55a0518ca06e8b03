import torch
import torch.nn as nn
import torch.nn.functional as F

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class LinReg(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(1, 1)

    def forward(self, x):
        return self.linear(x)

    def extra_repr(self):
        return "a linear regression"

torch.manual_seed(3)
m = LinReg()
print(m)
x = torch.linspace(0, 1, 8).unsqueeze(1)
y = 3 * x + 1
opt = torch.optim.SGD(m.parameters(), lr=0.5)
for i in range(200):
    opt.zero_grad()
    loss = F.mse_loss(m(x), y)
    loss.backward()
    opt.step()
print(m.linear.weight.item() > 2.9, round(m.linear.bias.item(), 2))
show(lambda: F.cross_entropy(torch.randn(3, 4), torch.tensor([0.0, 1.0, 2.0])))
show(lambda: F.cross_entropy(torch.randn(3, 4), torch.tensor([0, 1, 7])))
show(lambda: nn.BCELoss()(torch.tensor([1.5]), torch.tensor([1.0])))
show(lambda: nn.Dropout(1.5))
show(lambda: nn.Module()(torch.ones(1)))
class Early(nn.Module):
    def __init__(self):
        self.fc = nn.Linear(1, 1)
show(lambda: Early())
show(lambda: setattr(m.linear, "weight", torch.ones(1, 1)))
show(lambda: m.load_state_dict({"linear.weight": torch.ones(1, 1)}))
print(isinstance(m, nn.Module), type(m.linear).__name__, m.linear.in_features)
