# tensors produced by autograd show their grad_fn
import torch

w = torch.tensor(1.0, requires_grad=True)
print(w ** 2)
print(w * 3, w + 1, w - 1, w / 2, -w)
print(torch.sin(w), torch.cos(w), torch.exp(w), torch.log(w), torch.sqrt(w), torch.abs(w))
v = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
print(v.sum(), v.mean(), (v * v).sum())
print(v * 2)
print(torch.sum(v ** 2), torch.mean(v))
print(v[0], v[1:])
print(w * torch.tensor(2.0))
print(2.0 ** w)
print((w * 2).detach())
with torch.no_grad():
    print(w * 2)
