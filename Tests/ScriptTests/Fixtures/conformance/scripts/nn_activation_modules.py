import torch
import torch.nn as nn

layers = [
    nn.ELU(), nn.ELU(alpha=0.5), nn.ELU(alpha=2, inplace=True), nn.SELU(), nn.SELU(inplace=True),
    nn.Softplus(), nn.Softplus(beta=2, threshold=10), nn.Softplus(beta=0.5), nn.SiLU(), nn.SiLU(inplace=True),
    nn.Mish(), nn.LogSigmoid(), nn.Hardtanh(), nn.Hardtanh(-2, 2), nn.Hardtanh(min_val=-0.5, max_val=3.0, inplace=True),
    nn.ReLU6(), nn.ReLU6(inplace=True), nn.Hardsigmoid(), nn.Hardswish(), nn.Softsign(), nn.Tanhshrink(),
]
for layer in layers:
    print(layer)
print(nn.ELU().alpha, nn.Softplus().beta, nn.Softplus().threshold, nn.ReLU6().max_val, nn.Hardtanh().min_val)

model = nn.Sequential(
    nn.Linear(3, 4), nn.ELU(), nn.Linear(4, 4), nn.SiLU(), nn.Linear(4, 4), nn.Softplus(beta=2),
    nn.Linear(4, 4), nn.Mish(), nn.Linear(4, 2), nn.Hardswish(),
)
print(model)

x = torch.linspace(-4, 4, 9)
for layer in layers:
    if getattr(layer, "inplace", False):
        continue
    y = layer(x)
    print(type(layer).__name__, y)
