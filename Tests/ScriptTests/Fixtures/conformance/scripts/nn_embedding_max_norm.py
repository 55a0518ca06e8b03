import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
emb = nn.Embedding(6, 3, max_norm=1.0)
print(emb)
print(emb.max_norm, emb.weight.norm(dim=1))
out = emb(torch.tensor([[0, 2], [2, 5]]))
print(out)
print(emb.weight.norm(dim=1))
print(emb.weight)
out.sum().backward()
print(emb.weight.grad)
print(emb.weight._version > 0)

l1 = nn.Embedding(4, 2, max_norm=2, norm_type=1.0)
print(l1)
with torch.no_grad():
    l1.weight.copy_(torch.tensor([[3.0, -1.0], [0.5, 0.5], [-2.0, 2.0], [1.0, 1.5]]))
print(l1(torch.tensor([3, 0, 2, 0])))
print(l1.weight)

w = torch.tensor([[3.0, 4.0], [0.3, 0.4], [6.0, 8.0]])
print(F.embedding(torch.tensor([0, 1]), w, max_norm=2.5))
print(w)
print(F.embedding(torch.tensor([2]), w, max_norm=5.0, norm_type=float("inf")))
print(w)
print(nn.Embedding.from_pretrained(torch.tensor([[3.0, 4.0]]), max_norm=1.0)(torch.tensor([0])))
