import torch

x = torch.tensor([3, 4], dtype=torch.int32)
print(x)
y = torch.tensor([1, 2], dtype=torch.int32).mean()
print(y)
