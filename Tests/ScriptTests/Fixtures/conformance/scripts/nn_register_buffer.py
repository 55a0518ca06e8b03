import torch
from torch import nn
class PE(nn.Module):
    def __init__(self, d, n=6):
        super().__init__()
        pe = torch.zeros(n, d)
        pos = torch.arange(n).unsqueeze(1).float()
        pe[:, 0::2] = torch.sin(pos)
        self.register_buffer("pe", pe)
        self.register_buffer("mask", torch.ones(2), persistent=False)
        self.register_buffer("nothing", None)
        self.fc = nn.Linear(d, d)
        self.count = 0
    def forward(self, x):
        self.count += 1
        return self.fc(x) + self.pe[: x.shape[0]]
m = PE(4)
print(m)
print(m.pe.shape, m.mask, m.nothing, m.pe.requires_grad)
print(list(m.state_dict().keys()))
print([n for n, _ in m.named_buffers()], len(list(m.buffers())), [n for n, _ in m.named_parameters()])
y = m(torch.ones(3, 4))
print(y.shape, m.count)
m.pe = torch.ones(6, 4)
print(m.state_dict()["pe"].sum())
m2 = PE(4)
print(m2.load_state_dict(m.state_dict()), m2.pe.sum())
seq = nn.Sequential(m, nn.ReLU())
print(list(seq.state_dict().keys()), [n for n, _ in seq.named_buffers()])
m.double()
print(m.pe.dtype, m.fc.weight.dtype)
for bad in [lambda: m.register_buffer(1, torch.ones(1)), lambda: m.register_buffer("a.b", torch.ones(1)), lambda: m.register_buffer("", torch.ones(1)),
            lambda: m.register_buffer("fc", torch.ones(1)), lambda: m.register_buffer("z", 3), lambda: setattr(m, "pe", 5)]:
    try:
        bad()
    except (TypeError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
class Early(nn.Module):
    def __init__(self):
        self.register_buffer("b", torch.ones(1))
Early()
