# creation functions, shapes and dtypes
import torch

print(torch.zeros(3), torch.ones(2))
print(torch.zeros(2, 2), torch.ones(1, 3))
print(torch.arange(5), torch.arange(1, 10, 2), torch.arange(0.0, 1.0, 0.25))
print(torch.arange(5.0), torch.arange(-2, 3))
print(torch.linspace(0, 1, 5), torch.linspace(-1, 1, 3), torch.linspace(2, 2, 1))
print(torch.tensor([1, 2]).dtype, torch.tensor([1.0]).dtype, torch.tensor(True).dtype)
print(torch.tensor([1.0], dtype=torch.float64).dtype, torch.zeros(2, dtype=torch.float64))
print(torch.float32, torch.float64)
t = torch.zeros(2, 3)
print(t.shape, len(t))
print(torch.tensor(3.0).shape, torch.tensor([1.0, 2.0]).shape)
print(torch.tensor(2.5).item(), torch.tensor(7).item())
print(torch.tensor(0.1).item())
