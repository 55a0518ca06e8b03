# Views share their elements with the tensor they view: in-place writes through a view
# reach the base, and writes to the base show in its views.
import torch
import torch.nn as nn

w = torch.zeros(2, 3)
w.view(-1)[0] = 1
print(w)
x = torch.ones(2, 3)
x[0].zero_()
print(x)
t = torch.ones(2, 3)
t.T.mul_(2)
print(t)
r = t.reshape(3, 2)
r[0, 0] = 5
print(t)
u = t.unsqueeze(0)
u[0, 1, 1] = 7
print(t, u.shape)
d = t.detach()
d[1, 2] = 9
print(t)
s = t[:, 1]
s += 100
print(t)
print(s)
t.fill_(3)
print(s, r[0], u[0, 0])
v = torch.arange(6.).view(2, 3)
v.transpose(0, 1)[0, 1] = -1
print(v)
a = torch.arange(10.)
b = a[::2]
b[1] = 100
print(a)
a.zero_()
print(b)
m = torch.arange(12.).view(3, 4)
m.narrow(1, 1, 2).fill_(0)
print(m)
top, bottom = m.chunk(2)
bottom += 1
print(m)
for row in m.unbind(1):
    row.mul_(2)
print(m)
p = torch.arange(24.).view(2, 3, 4)
p.permute(2, 0, 1)[3, 1, 2] = -5
print(p[1])
print(p.is_contiguous(), p.permute(2, 0, 1).is_contiguous(), p.mT.is_contiguous(), p[:, 1].is_contiguous(), p[1].is_contiguous())
c = p.transpose(0, 2).contiguous()
c[0, 0, 0] = 1000
print(p[0, 0, 0], c.is_contiguous())
q = p.transpose(0, 1).reshape(-1)
q[0] = 1000
print(p[0, 0, 0])

torch.manual_seed(0)
model = nn.Linear(3, 2)
with torch.no_grad():
    model.weight[0] += 1
    model.bias.view(2, 1)[1] = 0
print(model.weight)
print(model.bias)
flat = model.weight.detach().view(-1)
flat.zero_()
print(model.weight)

try:
    model.weight.view(-1)[0] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.ones(2, 3).T.view(6)
except RuntimeError as e:
    print("RuntimeError:", e)
