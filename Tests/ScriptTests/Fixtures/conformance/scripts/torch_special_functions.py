import torch

x = torch.tensor([-0.9, -0.5, 0.0, 0.25, 0.75], requires_grad=True)
for name in ["atan", "asin", "acos", "sinh", "cosh", "erf", "erfc", "expm1"]:
    y = getattr(torch, name)(x)
    print(name, y, type(y.grad_fn).__name__)
    y.sum().backward()
    print("  grad", x.grad)
    x.grad = None

t = torch.tensor([[1.0, -2.0], [0.5, 3.0]])
print(t.atan(), t.sinh(), t.erf(), t.expm1(), sep="\n")
print(torch.arctan(t), torch.arcsin(t / 4), torch.arccos(t / 4), sep="\n")
print(torch.atan(torch.tensor([1, 2, 3])))
print(torch.erf(torch.tensor([0.5], dtype=torch.float64)))

y = torch.tensor([1.0, -1.0, 0.0, -0.0, 2.0], requires_grad=True)
xx = torch.tensor([1.0, 1.0, -1.0, -1.0, 0.0], requires_grad=True)
r = torch.atan2(y, xx)
print(r, type(r.grad_fn).__name__)
r.sum().backward()
print(y.grad, xx.grad)
print(torch.atan2(torch.ones(2, 3), torch.tensor([1.0, -1.0, 2.0])))
print(y.detach().atan2(xx.detach()), torch.arctan2(y.detach(), xx.detach()))
u = torch.tensor([0.1, 0.2])
u.atan_()
print(u)
u.expm1_()
print(u)
print(torch.acos(torch.tensor([2.0])), torch.asin(torch.tensor([-1.5])))
print(torch.cosh(torch.tensor([100.0])), torch.expm1(torch.tensor([-20.0, 100.0])))
