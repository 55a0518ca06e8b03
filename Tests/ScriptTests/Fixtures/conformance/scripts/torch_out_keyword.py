import torch
a = torch.ones(2, 3); b = torch.ones(3, 2)
o = torch.empty(2, 2)
r = torch.matmul(a, b, out=o)
print(r is o, o)
o2 = torch.zeros(3)
torch.mul(torch.ones(3), 2, out=o2); print(o2)
torch.add(torch.ones(3), torch.ones(3), out=o2); print(o2)
torch.sum(torch.ones(2, 2), dim=0, out=o2[:2]); print(o2)
try:
    torch.matmul(a, b, out=torch.empty(2, 2, dtype=torch.long))
except RuntimeError as e:
    print(e)
try:
    torch.matmul(a.requires_grad_(), b, out=o)
except RuntimeError as e:
    print(e)
o3 = torch.empty(0)
torch.exp(torch.zeros(3), out=o3); print(o3)
o4 = torch.zeros(2)
torch.exp(torch.zeros(3), out=o4); print(o4)
