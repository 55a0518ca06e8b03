# elementwise math functions in float32 and float64
import torch

x = torch.tensor([0.5, 1.0, 2.0, 4.0])
print(torch.sin(x))
print(torch.cos(x))
print(torch.exp(x))
print(torch.log(x))
print(torch.sqrt(x))
print(torch.abs(torch.tensor([-1.5, 0.0, 2.0])))
d = torch.tensor([0.5, 1.0, 2.0], dtype=torch.float64)
print(torch.sin(d), torch.exp(d))
print(torch.log(torch.tensor([0.0, -1.0])))
print(torch.sqrt(torch.tensor(-1.0)))
print(torch.exp(torch.tensor(100.0)))
print(x.sin(), x.exp(), x.sqrt(), x.abs(), x.log(), x.cos())
print(torch.sin(torch.tensor(1.0)).item(), torch.exp(torch.tensor(1.0)).item())
print(f"{torch.cos(torch.tensor(1.0)).item():.10f}")
