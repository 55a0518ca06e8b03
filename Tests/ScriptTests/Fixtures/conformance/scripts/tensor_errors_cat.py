import torch

x = torch.zeros(2, 3)
print(torch.cat([x, x], dim=1).shape)
print(torch.cat([x, torch.zeros(3, 2)]))
