# long vectors wrap at 80 columns; more than 1000 elements are summarized
import torch

print(torch.linspace(0, 1, 30))
print(torch.arange(40))
print(torch.linspace(-3, 3, 100))
print(torch.arange(0.0, 5.0, 0.25))
print(torch.linspace(0, 1e-3, 12))
print(torch.arange(2000))
print(torch.linspace(0, 1, 1500))
print(torch.linspace(0, 100, 1001, dtype=torch.float64))
print(torch.linspace(-1, 1, 25, requires_grad=True))
