# torch.log1p over float32's range, bit for bit (ATen's vectorized SLEEF log1pf).
import torch

torch.manual_seed(0)
parts = [
    torch.rand(300) * 2 - 1,           # (-1, 1)
    torch.rand(200) * 1e-3,            # tiny positives
    -torch.rand(200) * 1e-6,           # tiny negatives
    torch.randn(300).abs() * 100,      # moderate
    torch.tensor([2.0 ** k for k in range(-100, 120, 2)]) * (1 + torch.rand(110)),  # wide exponents
    -1 + torch.rand(100) * 1e-3,       # near -1
]
x = torch.cat(parts)
y = torch.log1p(x)
print(x.tolist())
print(y.tolist())
print(torch.log1p(torch.tensor([0.0, -0.0, -1.0, -2.0, float("inf"), float("-inf"), float("nan"), 1e-45, 3e38, 1e38, 1.5e38, 1e-30, -0.5, 1.0])))
print(torch.tensor([1e-8, 1e-4, 0.5]).log1p().tolist(), torch.log1p(torch.tensor(3.0)))
z = torch.tensor([0.5, 2.0, -0.25], requires_grad=True)
w = z.log1p()
w.sum().backward()
print(w, z.grad)
print(torch.log1p(torch.arange(4)))
