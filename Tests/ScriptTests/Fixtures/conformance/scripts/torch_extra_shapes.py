# beyond the core subset: shape queries, reshape, tolist, 3-d printing, max/min, 2-d indexing
import torch

t = torch.zeros(2, 3)
print(t.shape, t.size(), t.dim(), t.numel(), len(t))
print(torch.ones(4).reshape(2, 2))
print(torch.tensor([[1, 2], [3, 4]]).tolist(), torch.tensor([1.5, 2.5]).tolist())
print(torch.tensor([0.1, 0.2]).tolist())
print(torch.arange(24).reshape(2, 3, 4))
print(torch.arange(24.0).reshape(2, 3, 4) / 7)
print(torch.linspace(0, 1, 40).reshape(2, 20))
print(torch.arange(3000).reshape(100, 30))
m = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(m[0, 1], m[:, 1], m[1, 1:])
print(torch.tensor([1.0, 2.0]).max(), torch.tensor([1.0, 2.0]).min())
