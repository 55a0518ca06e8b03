import torch

x = torch.ones(3, requires_grad=True)
y = x.T
print(y, y._base is x, y is x)
y2 = x.T
z = torch.tensor(2., requires_grad=True)
print(z.T, z.T is z, z.T._base)
print(z.T)
a = torch.arange(24.).reshape(2, 3, 4)
print(a.T.shape, a.T[1, 2], a.T.is_contiguous())
m = torch.arange(6.).reshape(2, 3)
print(m.T)
print(m.mT)
print(m.H)
print(m.mH)
print(m.H._base is m, m.mT._base is m, a.mT.shape, a.mH.shape)
w = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
(w.H * torch.tensor([[1.0, 10.0], [100.0, 1000.0]])).sum().backward()
print(w.grad, w.mT.grad_fn.name(), w.H.grad_fn.name(), w.T.grad_fn.name())
v = torch.arange(4.)
print(v.T @ v, (v.T).shape)
print(z.H is z)
try:
    x.mT
except RuntimeError as e:
    print(e)
try:
    x.mH
except RuntimeError as e:
    print(e)
print(a.H)
