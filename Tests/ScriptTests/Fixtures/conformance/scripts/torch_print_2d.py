# printing 2-d and 3-d tensors
import torch

print(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
print(torch.tensor([[1.5, -2.0], [3.25, 4.0]], requires_grad=True))
print(torch.tensor([[1, 2, 3], [4, 5, 6]]))
print(torch.zeros(2, 3))
print(torch.ones(3, 2, dtype=torch.float64))
print(torch.tensor([[1e-3, 2e4], [5.0, 6.0]]))
print(torch.tensor([[True, False], [False, True]]))
print(torch.tensor([[0.001, 1000.0, 3.0], [4.0, -5.5, 6.0]]))
print(torch.tensor([[1, -200], [30000, 4]]))
print(torch.zeros(50, 50))
print(torch.zeros(0, 3))
