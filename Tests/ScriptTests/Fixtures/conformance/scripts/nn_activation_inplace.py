import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)
for name, f in [("elu", lambda t: F.elu(t, alpha=0.8, inplace=True)), ("selu", lambda t: F.selu(t, inplace=True)),
                ("silu", lambda t: F.silu(t, inplace=True)), ("mish", lambda t: F.mish(t, inplace=True)),
                ("hardtanh", lambda t: F.hardtanh(t, -0.5, 0.5, inplace=True)), ("relu6", lambda t: F.relu6(t, inplace=True)),
                ("hardsigmoid", lambda t: F.hardsigmoid(t, inplace=True)), ("hardswish", lambda t: F.hardswish(t, inplace=True))]:
    x = (torch.randn(40) * 3).requires_grad_()
    y = x * 1
    out = f(y)
    print(name, type(y.grad_fn).__name__, out is y)
    (y * torch.linspace(-1, 1, 40)).sum().backward()
    print("  ", y[:4].tolist(), x.grad[-4:].tolist())

layer = nn.ELU(inplace=True)
x = torch.tensor([-1.0, 0.5, -2.0], requires_grad=True)
h = x * 2
out = layer(h)
print(out, h, type(h.grad_fn).__name__)
seq = nn.Sequential(nn.Linear(2, 2), nn.ReLU6(inplace=True), nn.Linear(2, 1), nn.SELU(inplace=True))
print(seq(torch.ones(3, 2)))
