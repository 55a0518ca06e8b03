import torch
from torch import nn

torch.manual_seed(0)
w = torch.empty(3, 5)
nn.init.trunc_normal_(w)
print(w)
print(w.min().item() >= -2, w.max().item() <= 2)

# a wider spread clipped at +-2 std, as ViT initializes its layers
layer = nn.Linear(20, 10)
nn.init.trunc_normal_(layer.weight, std=0.02)
print(layer.weight[:2])
print(layer.weight.abs().max().item() <= 2)

# a narrow window (rejection sampling from uniform candidates)
torch.manual_seed(1)
t = torch.empty(40)
nn.init.trunc_normal_(t, mean=0.0, std=1.0, a=1.5, b=2.5)
print(t)
print(round(t.sum().item(), 4))

# a seeded generator, and large tensors (vectorized normal draws)
g = torch.Generator().manual_seed(7)
big = torch.empty(50, 40)
nn.init.trunc_normal_(big, mean=0.5, std=2.0, a=-1.0, b=3.0, generator=g)
print(big[0, :8], round(big.mean().item(), 5), round(big.std().item(), 5))
narrow = nn.init.trunc_normal_(torch.empty(1000), a=-0.1, b=0.1, generator=g)
print(narrow[:6], narrow.abs().max().item() <= 0.1)
print(nn.init.trunc_normal_(torch.empty(2, 2, dtype=torch.float64), generator=g))
p = nn.Parameter(torch.zeros(4))
r = nn.init.trunc_normal_(p, std=0.5)
print(r is p, p)
nn.init.trunc_normal_(torch.empty(3), mean=5.0, std=1.0, a=-1.0, b=1.0)
print("done")
