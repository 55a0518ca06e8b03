# printing 0-d tensors
import torch

print(torch.tensor(2.345))
print(torch.tensor(2.345, requires_grad=True))
print(torch.tensor(0.0285, dtype=torch.float64))
print(torch.tensor(1.0))
print(torch.tensor(-0.5))
print(torch.tensor(0.0), torch.tensor(-0.0))
print(torch.tensor(5), torch.tensor(-7))
print(torch.tensor(True))
print(torch.tensor(1e-5), torch.tensor(123456789.0), torch.tensor(1e10))
print(torch.tensor(float("inf")), torch.tensor(float("nan")))
print(torch.tensor(3.14159, dtype=torch.float64, requires_grad=True))
print(repr(torch.tensor(0.1)), str(torch.tensor(0.1)))
x = torch.tensor(0.1)
print(f"{x}")
print([torch.tensor(1.5), torch.tensor(2)])
print({"w": torch.tensor(0.25)})
