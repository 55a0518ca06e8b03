import torch

x = torch.zeros(3, 4)
print(x[2, 3])
print(x[3])
