# no_grad, detach and .data
import torch

w = torch.tensor(1.5, requires_grad=True)
with torch.no_grad():
    y = w * 2
    print(y, y.requires_grad)
    w -= 0.5
print(w)
d = (w * 3).detach()
print(d, d.requires_grad)
print(w.data, w.data.requires_grad)
w.data = w.data * 10
print(w)
loss = (w - 4) ** 2
loss.backward()
print(w.grad)
with torch.no_grad():
    w -= 0.1 * w.grad
print(w, w.grad)
w.grad.zero_()
print(w.grad)
print(torch.tensor([1.0, 2.0], requires_grad=True).detach())
