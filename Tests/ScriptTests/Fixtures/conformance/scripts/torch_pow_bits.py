# Float32 pow bit for bit: ATen runs whole vector blocks through SLEEF's powf and the rest
# of each run through the C library's pow, following TensorIterator's loop over views and
# broadcasts; exponents 2, 3, -1, -2 are plain products and quotients (0.5 is sqrt, left out:
# MKL's, whose last bits depend on the CPU vendor).
import torch

torch.manual_seed(3)
x = torch.cat([torch.rand(200) * 4, torch.randn(200).abs() * 100, torch.rand(100) * 1e-3,
               torch.tensor([2.0 ** k for k in range(-60, 60, 3)]) * (1 + torch.rand(40))])
for p in [1.7, -1.3, 0.3, 4.0, 2.5, -0.75, 1 / 3, 7.0, 1.0000001]:
    print(p, (x ** p).tolist())
print((torch.pow(x[:45], 1.5)).tolist())
n = torch.randn(70) * 3
print((n ** 3.0).tolist(), (n ** -3.0).tolist(), (n ** 2).tolist(), (n ** -2).tolist(), (n ** -1).tolist())
print((n ** 2.5).tolist())

# special values (whole blocks and the scalar tail)
s = torch.tensor([0.0, -0.0, 1.0, -1.0, float("inf"), float("-inf"), float("nan"), 1e-45, 3e38, -2.0, 0.5, -0.5] * 3)
for p in [0.0, 1.0, -1.5, 3.0, 2.5, -2.0, 0.25, float("inf"), float("-inf"), float("nan"), 1e10, -7.0, 8.0]:
    print(p, (s ** p).tolist())

# tensor exponents, broadcasts and number bases
e = torch.rand(4, 45) * 6 - 3
b = torch.rand(4, 45) * 5
print((b ** e).tolist())
print((b ** e[0]).tolist())
print((b ** e[:, :1]).tolist())
print((b[:, :1] ** e).tolist())
print((2.5 ** e).tolist())
print((torch.tensor(1.5) ** e[0]).tolist())
print((s ** torch.tensor([2.0, -1.0, 0.5] * 12)).tolist())

# views: transposed, permuted, sliced with steps
print((b.t() ** 1.7).tolist())
print((b[:, ::2] ** 1.7).tolist())
print((b[::2] ** 0.6).tolist())
c = torch.rand(3, 20, 6)
print((c.permute(2, 0, 1) ** 2.2).tolist())
print((c.transpose(0, 2) ** e[0, 0]).tolist())

# gradients: PowBackward0, PowBackward1, PowBackward2
w = (torch.rand(40) * 3).requires_grad_()
(w ** 1.7).sum().backward()
print(w.grad.tolist())
w.grad = None
v = (torch.rand(40) * 2 - 1).requires_grad_()
(w ** v).sum().backward()
print(w.grad.tolist(), v.grad.tolist())
v.grad = None
(1.5 ** v).sum().backward()
print(v.grad.tolist())
