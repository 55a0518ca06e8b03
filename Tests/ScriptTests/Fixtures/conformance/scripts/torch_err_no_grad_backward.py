# backward on a tensor that does not require grad
import torch

x = torch.tensor(2.0)
y = x * 3
y.backward()
