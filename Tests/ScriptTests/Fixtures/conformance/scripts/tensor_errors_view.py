import torch

x = torch.arange(6)
print(x.view(2, 3))
y = x.view(4, 2)
