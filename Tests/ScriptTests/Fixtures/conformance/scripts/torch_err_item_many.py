# item() of a tensor with several elements
import torch

t = torch.tensor([1.0, 2.0])
print(t.sum().item())
print(t.item())
