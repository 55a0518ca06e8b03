import torch
from torch import nn

with torch.inference_mode():
    t = torch.ones(2)
    u = torch.arange(4.).reshape(2, 2)
x = torch.ones(2, requires_grad=True)
print(x + t, t.is_inference())
print((x - t).grad_fn.name())
c = t.clone()
print(c.is_inference(), (x * c).grad_fn.name())
with torch.no_grad():
    print(x * t)
with torch.inference_mode():
    print((x * t).requires_grad)
torch.manual_seed(0)
lin = nn.Linear(2, 2)
p = lin.weight
print(p[1:]._base)
print(lin.weight[0]._base is lin.weight)
opt = torch.optim.SGD(lin.parameters(), lr=0.1)
print(opt.param_groups[0]["params"][1])
try:
    lin(u)
except RuntimeError as e:
    print("linear:", e)
y = x.exp() * t
