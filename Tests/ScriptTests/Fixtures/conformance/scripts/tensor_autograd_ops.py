# gradients through indexing, dim reductions, broadcasting, shapes, activations; no_grad family
import torch

x = torch.tensor([[1.0, -2.0, 3.0], [0.5, 4.0, -1.5]], requires_grad=True)
y = x[0, 1:] * 2 + x[:, 0].sum()
print(y, y.grad_fn.name())
y.sum().backward()
print(x.grad)
x.grad = None
s = x.sum(dim=1)
m = x.mean(dim=0, keepdim=True)
print(s.grad_fn.name(), m.grad_fn.name(), x.max().grad_fn.name(), x.max(dim=1).values.grad_fn.name(), x.std().grad_fn.name(), x.norm().grad_fn.name())
(s.sum() + (m * 3).sum() + x.max() + x.max(dim=1).values.sum()).backward()
print(x.grad)
x.grad = None
z = (x * torch.tensor([1.0, 2.0, 3.0])).relu().sigmoid().tanh()
print(z.grad_fn.name(), z)
z.sum().backward()
print(x.grad)
x.grad.zero_()
w = x[x > 0]
print(w, w.grad_fn.name())
w.sum().backward()
print(x.grad)
x.grad = None
v = x.t().reshape(6).unsqueeze(0).expand(2, 6)
print([t.grad_fn.name() for t in [v, x.t(), x.reshape(6), x.unsqueeze(0), torch.cat([x, x]), torch.stack([x, x])]])
v.pow(2).sum().backward()
print(x.grad)
x.grad = None
(x.std(dim=1) + x.var(dim=1) + x.prod(dim=1) + x.cumsum(1)[:, -1] + x.clamp(-1, 1).sum(1) + x.abs().norm(dim=1)).sum().backward()
print(x.grad)
with torch.no_grad():
    n = x * 2
print(n.requires_grad, torch.is_grad_enabled())
with torch.inference_mode():
    print((x * 2).requires_grad)
with torch.no_grad():
    with torch.enable_grad():
        print((x * 2).requires_grad)
a = torch.tensor([2.0, 3.0], requires_grad=True)
g, = torch.autograd.grad((a ** 3).sum(), a)
print(g, a.grad)
q = torch.tensor([1.0, 2.0], requires_grad=True)
out = torch.where(q > 1.5, q * 10, q)
out.sum().backward()
print(q.grad, out.grad_fn.name())
