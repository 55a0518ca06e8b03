import torch
a = torch.tensor([1, 2, 3])
w = torch.randn(3, 3)
print(w @ a)
