import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 1))
opt = torch.optim.SGD([
    {"params": model[0].parameters(), "lr": 0.1},
    {"params": model[2].parameters()},
], lr=0.01, momentum=0.9)
print(opt)
print(len(opt.param_groups), opt.param_groups[0]["lr"], opt.param_groups[1]["lr"], opt.param_groups[1]["momentum"])
x = torch.randn(8, 2)
y = torch.randn(8, 1)
for _ in range(3):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
print(loss)
sd = opt.state_dict()
print(sd)
opt.add_param_group({"params": [torch.zeros(2, requires_grad=True)], "lr": 0.5})
print(len(opt.param_groups), opt.param_groups[2]["momentum"])
for g in opt.param_groups:
    g["lr"] *= 0.5
print([g["lr"] for g in opt.param_groups])
adam = torch.optim.Adam(model.parameters(), lr=1e-3, weight_decay=1e-4)
print(adam)
print(adam.state_dict())
model(x).sum().backward()
adam.step()
s = adam.state_dict()
print(s["state"][0])
print(list(s["state"].keys()), s["param_groups"][0]["params"])
adam2 = torch.optim.Adam(model.parameters(), lr=1e-3)
adam2.load_state_dict(s)
adam2.step()
print(adam2.state_dict()["state"][0]["step"])
print(adam.state[model[0].bias]["exp_avg"])
