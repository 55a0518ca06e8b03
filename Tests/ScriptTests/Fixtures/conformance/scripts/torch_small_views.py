# Small tensor API gaps (issue 12): stride()/storage_offset(), diagonal views,
# fliplr/flipud, cummax/cummin.
import torch

x = torch.arange(24.0).reshape(2, 3, 4)
print(x.stride(), x.stride(1), x.stride(-1), x.storage_offset(), x.is_contiguous())
t = x.transpose(0, 2)
print(t.stride(), t.storage_offset(), t.is_contiguous())
s = x[1, 1:, ::2]
print(s.shape, s.stride(), s.storage_offset(), s.is_contiguous())
print(x[:, 1].stride(), x[:, 1].storage_offset())
print(x.unsqueeze(1).stride(), x[0:1].stride(), x.permute(2, 0, 1).stride())
print(torch.ones(3).expand(2, 3).stride(), torch.tensor(5.0).stride(), torch.tensor(5.0).storage_offset())
print(x.narrow(2, 1, 2).stride(), x.narrow(2, 1, 2).storage_offset())

m = torch.arange(12.0).reshape(3, 4)
print(m.diagonal())
print(torch.diagonal(m, 1), torch.diagonal(m, offset=-1), m.diagonal(5))
print(m.diagonal().stride(), m.diagonal(1).storage_offset(), m.diagonal(-2).storage_offset())
print(x.diagonal(dim1=1, dim2=2))
print(x.diagonal(offset=1, dim1=0, dim2=2))
print(torch.diagonal(x, 0, -1, 0), x.diagonal(0, -1, 0).stride())
d = m.diagonal()
d.mul_(10)
print(m)
m.diagonal(1).fill_(-1.0)
print(m, m.diagonal()._base is m)
w = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
dg = w.diagonal()
print(dg, dg.grad_fn.name())
(dg * torch.tensor([2.0, 3.0])).sum().backward()
print(w.grad)

f = torch.arange(6).reshape(2, 3)
print(torch.fliplr(f), torch.flipud(f), f.fliplr(), f.flipud())
print(torch.flipud(torch.arange(4)))

v = torch.tensor([1.0, 3.0, 2.0, 3.0, 5.0, 0.0, float("nan"), 7.0])
print(torch.cummax(v, 0))
print(torch.cummin(v, dim=0))
r = torch.tensor([[4, 2, 9], [1, 8, 3]]).cummax(1)
print(r.values, r.indices, type(r).__name__)
vals, idx = torch.cummin(torch.tensor([[4.0, 2.0], [1.0, 8.0], [3.0, 0.5]]), 0)
print(vals, idx)
print(torch.tensor(2.5).cummax(0))
g = torch.tensor([[1.0, 5.0, 2.0], [6.0, 3.0, 6.0]], requires_grad=True)
c = g.cummax(dim=1)
print(c.values.grad_fn.name(), g.cummin(0).values.grad_fn.name())
c.values.sum().backward()
print(g.grad)

for bad in [lambda: m.diagonal(0, 1, 1), lambda: m.diagonal(dim1=2), lambda: torch.fliplr(torch.arange(3)),
            lambda: torch.flipud(torch.tensor(1.0)), lambda: m.stride(2), lambda: v.cummax(1)]:
    try:
        bad()
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
x.diagonal(0, 0, 0)
