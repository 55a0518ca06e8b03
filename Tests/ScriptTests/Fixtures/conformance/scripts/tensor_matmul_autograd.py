# gradients through matrix products, with PyTorch's grad_fn names
import torch

torch.manual_seed(0)
x = torch.tensor([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]], requires_grad=True)
w = torch.tensor([[0.1, 0.2, 0.3], [-0.4, 0.5, -0.6]], requires_grad=True)
b = torch.tensor([0.05, -0.05], requires_grad=True)
out = torch.addmm(b, x, w.t())
print(out)
loss = (out ** 2).mean()
loss.backward()
print(loss, x.grad, w.grad, b.grad, sep="\n")
v = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
m = torch.tensor([[1.0, 0.0, -1.0], [2.0, 1.0, 0.5]], requires_grad=True)
y = m @ v
print(y.grad_fn.name(), (v @ m.t()).grad_fn.name(), (v @ v).grad_fn.name(), (m @ m.t()).grad_fn.name())
y.sum().backward()
print(v.grad, m.grad)
p = torch.ones(2, 2, 3, requires_grad=True)
q = torch.arange(12.0).reshape(2, 3, 2)
r = p @ q
print(r.grad_fn.name(), torch.bmm(p, q).grad_fn.name())
r.sum().backward()
print(p.grad)
z = torch.ones(4, 3, requires_grad=True)
(z.t() @ z).sum().backward()
print(z.grad, z.t().grad_fn.name())
