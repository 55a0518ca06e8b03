# gradients accumulate across backward calls until zeroed
import torch

w = torch.tensor(3.0, requires_grad=True)
for i in range(3):
    loss = w ** 2
    loss.backward()
    print(i, w.grad)
w.grad.zero_()
print(w.grad)
(w * 5).backward()
print(w.grad)
w.grad = None
print(w.grad)
(w * w * w).backward()
print(w.grad)
v = torch.tensor([1.0, -1.0], requires_grad=True)
for step in range(2):
    (v * torch.tensor([2.0, 3.0])).sum().backward()
print(v.grad)
