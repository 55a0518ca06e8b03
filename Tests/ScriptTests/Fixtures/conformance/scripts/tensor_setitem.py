# assignment through indexing and in-place methods
import torch

t = torch.zeros(3, 4)
t[0] = 1
t[1, 2] = 5.5
t[:, 3] = torch.tensor([7.0, 8.0, 9.0])
t[2, :2] = torch.tensor([-1.0, -2.0])
print(t)
t[t > 4] = 0
print(t)
t[[0, 2], [1, 0]] = 3.0
print(t)
t[..., 0] = torch.arange(3.0)
print(t)
m = torch.arange(10)
m[m % 2 == 0] = -m[m % 2 == 0]
print(m)
m[::3] = 100
print(m)
y = torch.ones(2, 3)
y.add_(1).mul_(3)
y.sub_(torch.tensor([1.0, 2.0, 3.0]))
y.div_(2)
print(y)
y.clamp_(min=1.5, max=3.5)
print(y)
y.zero_()
y.fill_(2.0)
y += 1
y *= torch.tensor([[1.0], [2.0]])
y -= 0.5
y /= 2
print(y)
z = torch.tensor([-1.0, 0.5, 2.0])
z.relu_()
print(z, z.abs_(), z.neg_())
a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = a * 2
b[0] = 10.0
print(b, b.grad_fn.name())
b.sum().backward()
print(a.grad)
c = a.clone()
c[c > 1.5] = 0.0
print(c.grad_fn.name())
d = a * 1
d[torch.tensor([True, False, True])] = torch.tensor([5.0, 6.0])
print(d.grad_fn.name())
with torch.no_grad():
    a[1] = 7.0
print(a)
