# reductions over dims with keepdim, max/min with indices, argmax, std/var, prod, cumsum, norm
import torch

x = torch.tensor([[1.5, -2.0, 0.25, 7.0], [3.0, 0.5, -1.0, 2.0], [0.1, 0.2, 0.3, 0.4]])
print(x.sum(), x.sum(0), x.sum(dim=1), x.sum(1, keepdim=True))
print(x.mean(0), x.mean(dim=-1, keepdim=True), x.mean((0, 1)))
print(x.max(), x.min(), x.max(dim=1), x.min(0))
values, indices = x.max(1)
print(values, indices)
print(x.max(dim=0, keepdim=True).indices)
print(x.argmax(), x.argmin(), x.argmax(dim=1), x.argmin(0, keepdim=True))
print(x.std(), x.var(), x.std(0), x.var(1), x.std(dim=1, unbiased=False), x.var(0, keepdim=True))
print(x.prod(), x.prod(1), torch.tensor([1, 2, 3, 4]).prod())
print(x.cumsum(0), x.cumsum(dim=1))
print(x.norm(), x.norm(dim=1), torch.norm(x, dim=0), x.norm(p=1))
print(x.amax(1), x.amin(dim=0))
print(torch.sum(x, 0), torch.mean(x), torch.max(x, 1), torch.argmax(x))
i = torch.arange(12).reshape(3, 4)
print(i.sum(0), i.sum(), i.max(), i.float().mean(1), i.cumsum(1))
print(torch.tensor([True, False, True]).sum(), torch.tensor([True, True]).all(), torch.tensor([False, True]).any())
big = torch.arange(1000.0).reshape(40, 25) / 7
print(big.sum(0)[:6], big.sum(1)[:6], big.mean(0)[-3:], big.std(1)[:3])
print(torch.arange(100.0).reshape(2, 50).sum(dim=1), torch.arange(60.0).reshape(3, 4, 5).sum(dim=(0, 2)))
