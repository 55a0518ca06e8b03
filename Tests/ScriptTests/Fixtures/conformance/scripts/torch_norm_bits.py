# Every order of Tensor.norm, bit for bit: the vectorized p=2 path over trailing dims,
# the sequential loops elsewhere, float32 and float64, with gradients.
import torch

inf = float("inf")
for n in list(range(1, 40)) + [100, 257, 1000]:
    torch.manual_seed(n)
    z = torch.randn(n) * 3
    print(n, z.norm().item(), z.norm(p=1).item(), z.norm(p=3).item(), z.norm(p=0.5).item())

torch.manual_seed(0)
x = torch.randn(4, 13) * 3
for p in [2, 1, inf, -inf, 0, 3, 0.5, -1, 1.5, "fro"]:
    print(p, x.norm(p=p).item(), x.norm(p=p, dim=1).tolist(), x.norm(p=p, dim=0).tolist())
    print(x.norm(p=p, dim=1, keepdim=True).shape, x.norm(p=p, dim=0, keepdim=True).shape)

y = torch.randn(2, 3, 5)
for d in [(0,), (1,), (2,), (1, 2), (0, 1), (0, 2), -1]:
    print(d, y.norm(p=None, dim=d).tolist(), y.norm(p=2, dim=d).tolist())
    print(d, y.norm(dim=d).tolist(), y.norm(p=1, dim=d).tolist())
print(torch.randn(3, 1, 6).norm(dim=(0, 2)).tolist(), y.norm(p=None, dim=(0, 1, 2)).tolist(), y.norm(p=3, dim=(0, 1, 2)))
print(torch.randn(3, 6, 1).norm(dim=1).tolist())

w = torch.randn(5, 11, dtype=torch.float64)
print(w.norm().item(), w.norm(dim=1).tolist(), w.norm(dim=0).tolist(), w.norm(p=3).item())
print(x.norm(dtype=torch.float64))
print(torch.norm(x), torch.norm(x, 1), torch.norm(x, dim=0, p=inf))

for p in [2, 1, inf, 3, 0.5, 1.5]:
    a = torch.tensor([[1.5, -2.0, 0.0], [3.0, 0.25, -0.5]], requires_grad=True)
    n = a.norm(p=p, dim=1)
    n.sum().backward()
    print(p, n, a.grad.tolist())
b = torch.randn(6, requires_grad=True)
nb = b.norm()
nb.backward()
print(nb.grad_fn.name(), b.grad.tolist())
z = torch.zeros(3, requires_grad=True)
z.norm().backward()
print(z.grad)
print(torch.zeros(0).norm(), torch.zeros(2, 0).norm(dim=1), torch.zeros(0, 3).norm(p=1, dim=0))
