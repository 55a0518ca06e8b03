import torch

x = torch.tensor([3, 4], dtype=torch.int32)
print(x)
y = torch.full((2,), 2**31, dtype=torch.int32)
print(y)
