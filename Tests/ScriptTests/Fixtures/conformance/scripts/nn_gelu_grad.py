# Gradients of both GELU forms (the exact erf form and approximate="tanh"), through the
# functional and the module, against each form's derivative in float64. Far in the negative
# tail torch's float32 kernels lose digits to cancellation, so the check is a tolerance
# (absolute 2e-6), not the printed digits; a gradient of the other form is off by 1.7e-4.
import math
import torch
import torch.nn as nn
import torch.nn.functional as F

B, K = math.sqrt(2 / math.pi), 0.044715


def d_exact(v):
    return 0.5 * (1 + math.erf(v / math.sqrt(2))) + v * math.exp(-v * v / 2) / math.sqrt(2 * math.pi)


def d_tanh(v):
    t = math.tanh(B * (v + K * v ** 3))
    return 0.5 * (1 + t) + 0.5 * v * (1 - t * t) * B * (1 + 3 * K * v * v)


def worst(g, xs, d, scale=None):
    scale = scale or [1.0] * len(xs)
    return max(abs(a - s * d(v)) for a, v, s in zip(g.tolist(), xs, scale))


x = torch.linspace(-4, 4, 17, requires_grad=True)
xs = x.tolist()
F.gelu(x).sum().backward()
print("exact", worst(x.grad, xs, d_exact) < 2e-6, worst(x.grad, xs, d_tanh) > 1e-4)
x.grad = None
F.gelu(x, approximate="tanh").sum().backward()
print("tanh", worst(x.grad, xs, d_tanh) < 2e-6, worst(x.grad, xs, d_exact) > 1e-4)
x.grad = None
(nn.GELU(approximate="tanh")(x) * torch.arange(17.0)).sum().backward()
print("module", worst(x.grad, xs, d_tanh, [float(i) for i in range(17)]) < 2e-5, x.grad.shape, x.grad.dtype)
print(x.grad[8:])
d = torch.tensor([-1.5, 0.25, 2.0], dtype=torch.float64, requires_grad=True)
F.gelu(d, approximate="tanh").sum().backward()
print(d.grad)
