# Lesson-style code that writes results into slices of a preallocated tensor and
# differentiates through them (a tiny recurrent loop, masked updates, a running buffer).
import torch
import torch.nn as nn

torch.manual_seed(3)
cell = nn.Linear(3, 2)
xs = torch.randn(4, 1)
opt = torch.optim.SGD(cell.parameters(), lr=0.1)
for step in range(3):
    hs = torch.zeros(4, 2)
    h = torch.zeros(2)
    for t in range(4):
        h = torch.tanh(cell(torch.cat([xs[t], h])))
        hs[t] = h
    loss = (hs ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item(), hs.grad_fn.name())
print(cell.weight.grad)
print(cell.bias)

w = torch.tensor([1.0, -2.0, 3.0, -4.0], requires_grad=True)
y = w * 2
y[y < 0] = 0
y[1:3] *= w[:2]
y.sum().backward()
print(y, w.grad)

a = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
b = a.clone()
for row in b.T:
    pass
b[:, 0] = b[:, 1] * b[:, 0]
b.diagonal().mul_(10) if hasattr(b, "diagonal_") else b.view(-1)[::3].mul_(10)
(b * torch.tensor([[1.0, 2.0], [3.0, 4.0]])).sum().backward()
print(b, a.grad)
