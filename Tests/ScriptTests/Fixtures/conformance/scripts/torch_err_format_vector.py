# a format spec on a tensor with several elements
import torch

t = torch.tensor([0.5, 1.5])
print(f"{t}")
print(f"{t:.2f}")
