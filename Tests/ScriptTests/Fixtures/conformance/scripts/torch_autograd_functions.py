# gradients through composite functions
import torch

w1 = torch.tensor(0.5, requires_grad=True)
w2 = torch.tensor(-1.5, requires_grad=True)
loss = (torch.sin(w2) * torch.exp(1 - torch.cos(w1)) ** 2
        + torch.cos(w1) * torch.exp(1 - torch.sin(w2)) ** 2
        + (w1 - w2) ** 2)
print(loss)
loss.backward()
print(w1.grad, w2.grad)
a = torch.tensor(2.0, requires_grad=True)
f = torch.sqrt(a) + torch.log(a) + torch.abs(-a) + 1 / a
f.backward()
print(f, a.grad)
b = torch.tensor(1.0, requires_grad=True)
g = b ** 2 + b ** 0.5 + 2 ** b
g.backward()
print(g, b.grad)
c = torch.tensor([0.5, 1.0, 2.0], requires_grad=True)
h = (c * c).mean()
h.backward()
print(h, c.grad)
