import torch

x = torch.ones(2, 3)
print(x[torch.tensor([True, False])])
print(x[torch.tensor([True, False, True])])
