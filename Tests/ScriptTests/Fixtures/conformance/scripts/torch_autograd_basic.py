# requires_grad, backward and .grad
import torch

w = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(-1.0, requires_grad=True)
x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([1.5, 3.0, 5.5])
print(w.grad, w.requires_grad, x.requires_grad)
pred = w * x + b
print(pred, pred.requires_grad)
loss = ((pred - y) ** 2).mean()
print(loss)
loss.backward()
print(w.grad, b.grad)
print(loss.grad_fn is not None)
print(f"dL/dw = {w.grad.item():.4f}, dL/db = {b.grad.item():.4f}")
z = torch.tensor([1.0, 2.0], requires_grad=True)
(z ** 3).sum().backward()
print(z.grad)
