import torch
import torch.nn.functional as F

x = torch.tensor([-3.0, -1.0, -0.25, 0.0, 0.5, 2.0, 25.0], requires_grad=True)
calls = [
    ("elu", lambda t: F.elu(t)),
    ("elu alpha", lambda t: F.elu(t, alpha=0.3)),
    ("selu", F.selu),
    ("softplus", F.softplus),
    ("softplus beta", lambda t: F.softplus(t, beta=3, threshold=4)),
    ("silu", F.silu),
    ("mish", F.mish),
    ("logsigmoid", F.logsigmoid),
    ("hardtanh", F.hardtanh),
    ("hardtanh bounds", lambda t: F.hardtanh(t, -2.0, 1.5)),
    ("relu6", F.relu6),
    ("hardsigmoid", F.hardsigmoid),
    ("hardswish", F.hardswish),
    ("softsign", F.softsign),
    ("tanhshrink", F.tanhshrink),
    ("torch.selu", torch.selu),
]
for name, f in calls:
    y = f(x)
    print(name, y)
    y.sum().backward()
    print("  grad", x.grad)
    x.grad = None

torch.manual_seed(0)
y = torch.randn(2, 3)
print(F.elu(y.double(), alpha=1.5))
z = torch.tensor([-1.0, 0.5, 7.0])
F.relu6(z, inplace=True)
print(z)
w = torch.tensor([-2.0, 0.0, 2.0])
print(F.silu(w, inplace=True) is w, w)
print(F.hardtanh(torch.tensor([-3.0, 3.0]), min_val=-1, max_val=1))
