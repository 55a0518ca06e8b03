import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
ln = nn.LayerNorm(4)
print(ln)
print(ln.normalized_shape, ln.eps, ln.elementwise_affine)
print(ln.weight)
print(ln.bias)
print(list(ln.state_dict().keys()))
print([name for name, _ in ln.named_parameters()])
print(nn.LayerNorm((2, 3), eps=1e-6, elementwise_affine=False))
print(nn.LayerNorm([3], bias=False))
print(nn.LayerNorm(3, elementwise_affine=False).weight, list(nn.LayerNorm(3, elementwise_affine=False).state_dict().keys()))
print(nn.LayerNorm([3], bias=False).bias)

x = torch.randn(3, 4, requires_grad=True)
y = ln(x)
print(y)
print(y.grad_fn.name())
print(y.mean(dim=-1), y.var(dim=-1, unbiased=False))
(y * torch.arange(4.0)).sum().backward()
print(x.grad)
print(ln.weight.grad)
print(ln.bias.grad)

with torch.no_grad():
    ln.weight.copy_(torch.tensor([1.0, 2.0, -1.0, 0.5]))
    ln.bias.copy_(torch.tensor([0.0, 0.1, 0.2, 0.3]))
z = ln(x)
print(z)
z.pow(2).sum().backward()
print(ln.weight.grad)

ln2 = nn.LayerNorm([2, 3], elementwise_affine=False)
a = torch.randn(2, 2, 3, requires_grad=True)
b = ln2(a)
print(b)
b.pow(3).sum().backward()
print(a.grad)

f = torch.linspace(-2, 3, 10).reshape(2, 5).requires_grad_()
w = torch.linspace(0.5, 1.5, 5).requires_grad_()
g = F.layer_norm(f, (5,), w, None, 1e-3)
print(g)
g.exp().sum().backward()
print(f.grad)
print(w.grad)
print(F.layer_norm(torch.tensor([[1.0, 1.0, 1.0]]), [3]))
print(F.layer_norm(torch.randn(2, 3).double(), (3,)))

model = nn.Sequential(nn.Linear(4, 8), nn.LayerNorm(8), nn.ReLU(), nn.Linear(8, 2))
print(model)
print(list(model.state_dict().keys()))
print(model(torch.randn(5, 4)).shape)

def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: F.layer_norm(torch.randn(2, 3), (4,)))
show(lambda: F.layer_norm(torch.randn(2, 3), (2, 3, 4)))
show(lambda: F.layer_norm(torch.randn(2, 3), (3,), torch.ones(4)))
show(lambda: F.layer_norm(torch.randn(2, 3), (3,), None, torch.ones(2)))
show(lambda: F.layer_norm(torch.randn(2, 3).double(), (3,), torch.ones(3)))
show(lambda: F.layer_norm(torch.arange(6).reshape(2, 3), (3,)))
show(lambda: F.layer_norm(torch.randn(2, 3), []))
show(lambda: F.layer_norm(torch.randn(2, 3), 3))
show(lambda: nn.LayerNorm(3)(torch.randn(2, 4)))
