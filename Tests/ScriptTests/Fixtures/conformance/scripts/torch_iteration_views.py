# Iterating a tensor yields views (unbind(0)): writes through them reach the tensor.
import torch

t = torch.zeros(3, 2)
for i, row in enumerate(t):
    row.add_(i + 1)
print(t)
rows = list(t)
rows[0][1] = -1
rows[2].mul_(10)
print(t)
print(rows)
t.fill_(7)
print(rows[1], rows[1]._version, t._version)
a, b = torch.arange(4.0).view(2, 2)
b += a
print(a, b)
m = torch.arange(6.0).view(3, 2)
for row in m:
    row[0] = row.sum()
print(m)
for col in m.T:
    col.div_(2)
print(m)
for plane in torch.ones(2, 2, 2):
    print(plane.shape)

x = torch.ones(2, 3, requires_grad=True)
z = x * 2
print([type(r.grad_fn).__name__ for r in z])
print([type(r.grad_fn).__name__ for r in list(z)])
print([type(r.grad_fn).__name__ for r in z.unbind(1)])
rows = [r * (i + 1) for i, r in enumerate(z)]
torch.stack(rows).sum().backward()
print(x.grad)
print(torch.tensor(5))
try:
    for v in torch.tensor(5):
        pass
except TypeError as e:
    print("TypeError:", e)
with torch.no_grad():
    for row in z:
        row.mul_(0.5)
print(z)
for row in z:
    row.add_(1)
