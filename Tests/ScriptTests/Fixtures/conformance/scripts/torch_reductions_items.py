# reductions and conversion to Python numbers
import torch

t = torch.tensor([1.0, 2.0, 3.0, 4.0])
print(t.sum(), t.mean(), torch.sum(t), torch.mean(t))
print(t.sum().item(), t.mean().item())
print(float(t.sum()), int(torch.tensor(3)))
print(torch.tensor([0.1, 0.2, 0.3]).sum().item())
print(torch.tensor([0.1, 0.2, 0.3], dtype=torch.float64).sum().item())
m = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(m.sum(), m.mean(), m.sum().item() / 4)
print(torch.tensor([1, 2, 3]).sum(), torch.tensor([1, 2, 3]).sum().item())
