import torch

a = torch.ones(2, 2)
print(a @ a)
print(a @ torch.ones(2, 2, dtype=torch.float64))
