import torch
from torch.utils.data import DataLoader, TensorDataset
ds = TensorDataset(torch.randn(10, 3), torch.randn(8))
