# float64 log1p as ATen's vectorized kernel computes it (SLEEF's log1p_u10 on every
# element), printed with all 17 digits; its gradient; special values.
import torch

torch.manual_seed(0)
for scale in [1e-8, 1e-3, 0.3, 1.0, 10.0, 1e4]:
    d = ((torch.rand(400, dtype=torch.float64) * 2 - 1) * scale).clamp(min=-0.999999)
    print(scale, torch.log1p(d).tolist())
special = torch.tensor([0.0, -0.0, -1.0, -2.0, float("inf"), float("nan"), 1e308, 1e-300, -0.5, 2.0 ** 52],
                       dtype=torch.float64)
print(torch.log1p(special).tolist())
x = torch.tensor([0.25, -0.75, 3.0, 1e-6], dtype=torch.float64, requires_grad=True)
y = x.log1p()
y.sum().backward()
print(y, x.grad)
print(torch.log1p(torch.tensor(0.7, dtype=torch.float64)).item())
