# t._base and t._is_view(): which results are views, and of what.
import torch

a = torch.arange(6)
v = a.view(2, 3)
print(v._is_view(), v._base is a, a._base)
b = torch.ones(3) > 0
print(b[1:]._is_view())
x = torch.ones(4, requires_grad=True)
print(x[1:]._is_view(), x[[1, 2]]._is_view(), x.reshape(2, 2)._is_view(), x.clone()._is_view())
y = x.view(2, 2)
z = y[0]
print(z._base is x, z._base is y)
print(x.detach()._base, x.detach()._is_view())
with torch.no_grad():
    w = x[1:]
print(w._is_view(), w._base is x)
for r in x.view(2, 2):
    print(r._is_view(), r._base is x)
print(x.unsqueeze(0).squeeze(0)._base is x)
print(x.contiguous()._is_view(), x.view(2, 2).t().contiguous()._is_view())
print(x.data._is_view(), x.expand(2, 4)._is_view(), x.flatten()._is_view())
m = torch.zeros(2, 3)
print(m.t()._is_view(), m.T._base is m, m.permute(1, 0)._is_view(), m.transpose(0, 1)._is_view())
print(m[:, 1]._base is m, m.narrow(1, 0, 2)._is_view(), m.unbind(1)[0]._base is m)
print(m.split(1)[1]._is_view(), m.chunk(3, 1)[2]._base is m, m.flatten()._is_view())
print(m.reshape(6)._base is m, m.t().reshape(6)._is_view(), (m + 1)._is_view())
print(v._base)
print(z._base)
