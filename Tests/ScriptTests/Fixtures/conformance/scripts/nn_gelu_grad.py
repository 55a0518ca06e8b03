# Gradients of both GELU forms (the exact erf form and approximate="tanh"), through the
# functional and the module, printed at torch's default precision.
import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.linspace(-4, 4, 17, requires_grad=True)
F.gelu(x).sum().backward()
print(x.grad)
x.grad = None
F.gelu(x, approximate="tanh").sum().backward()
print(x.grad)
x.grad = None
(nn.GELU(approximate="tanh")(x) * torch.arange(17.0)).sum().backward()
print(x.grad)
d = torch.tensor([-1.5, 0.25, 2.0], dtype=torch.float64, requires_grad=True)
F.gelu(d, approximate="tanh").sum().backward()
print(d.grad)
