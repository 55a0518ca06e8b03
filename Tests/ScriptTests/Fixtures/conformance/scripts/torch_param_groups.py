# param_groups, defaults and changing the learning rate by hand
import torch
from torch import optim

w = torch.tensor(1.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
optimizer = optim.SGD([w, b], lr=0.1, momentum=0.9)
print(optimizer.param_groups)
print(len(optimizer.param_groups), optimizer.param_groups[0]["lr"])
print(sorted(optimizer.param_groups[0].keys()))
print(optimizer.defaults)
for group in optimizer.param_groups:
    group["lr"] = 0.05
print(optimizer.param_groups[0]["lr"], optimizer)
groups = optim.Adam([{"params": [w]}, {"params": [b], "lr": 0.5}], lr=0.01)
print(groups)
print([g["lr"] for g in groups.param_groups])
loss = (w * 2 + b - 3) ** 2
loss.backward()
groups.step()
print(w, b)
print(groups.param_groups[1]["params"])
