import torch

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = torch.tensor([10.0, 20.0, 30.0], requires_grad=True)
y = torch.lerp(a, b, 0.3)
print(y, y.grad_fn.name())
(y * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(a.grad, b.grad)

w = torch.tensor([0.0, 0.5, 1.0], requires_grad=True)
a.grad = None
b.grad = None
z = a.lerp(b, w)
print(z, z.grad_fn.name())
z.pow(2).sum().backward()
print(a.grad, b.grad, w.grad)

torch.manual_seed(0)
s, e = torch.randn(4, 3), torch.randn(4, 3)
for weight in [0.0, 0.1, 0.25, 0.4999, 0.5, 0.75, 1.0, 1.5, -0.3]:
    print(weight, torch.lerp(s, e, weight)[0])
print(torch.lerp(s, e, torch.rand(4, 3)))
print(torch.lerp(torch.zeros(2, 1), torch.ones(3), 0.5))
print(torch.lerp(s[:, :1], e, torch.tensor([0.2, 0.4, 0.6])))
print(torch.lerp(a.detach(), b.detach(), torch.tensor(0.5).double()))
print(torch.lerp(s.double(), e.double(), 0.3))

ema = torch.zeros(3)
for step in range(5):
    ema.lerp_(torch.tensor([1.0, 2.0, 4.0]) * (step + 1), 0.1)
    print(ema)

g = torch.tensor([0.5, 0.5], requires_grad=True)
h = g * 2
h.lerp_(torch.tensor([4.0, 8.0]), 0.25)
print(h, h.grad_fn.name())
h.sum().backward()
print(g.grad)


def show(f):
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex)


show(lambda: torch.lerp(a, b.double(), 0.5))
show(lambda: torch.lerp(torch.arange(3), torch.arange(3), 0.5))
show(lambda: torch.lerp(a, torch.ones(2), 0.5))
show(lambda: torch.zeros(3).lerp_(torch.ones(2, 3), 0.5))
