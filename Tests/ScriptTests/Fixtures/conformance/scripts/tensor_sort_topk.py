# sort, argsort, topk, unique, printed as torch.return_types
import torch

x = torch.tensor([3.0, -1.0, 2.5, 2.5, 0.0, 9.0])
print(x.sort())
print(x.sort(descending=True))
print(torch.sort(x).values, x.argsort())
print(x.topk(2))
print(torch.topk(x, 2, largest=False))
m = torch.tensor([[4, 1, 3], [2, 8, 0]])
print(m.sort(dim=1), m.sort(dim=0).indices)
print(m.topk(2, dim=1))
print(torch.tensor([3, 1, 2, 3, 1]).unique())
print(torch.unique(torch.tensor([2.0, 1.0, 2.0]), return_counts=True))
print(torch.tensor([5, 5, 7]).unique(return_inverse=True))
vals, idx = torch.tensor([[1.0, 5.0], [7.0, 2.0]]).max(dim=1)
print(vals, idx)
r = torch.tensor([1.0, 2.0]).max(0)
print(r[0], r[1], len(r), r.values, r.indices)
