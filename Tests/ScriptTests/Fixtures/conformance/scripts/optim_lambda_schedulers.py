# LambdaLR and MultiplicativeLR: warm-up lambdas, one lambda per group, state_dict, nesting.
import math
import torch
from torch import nn
from torch.optim.lr_scheduler import LambdaLR, MultiplicativeLR, SequentialLR, CosineAnnealingLR

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
warmup = 4
sched = LambdaLR(opt, lr_lambda=lambda epoch: min(1.0, (epoch + 1) / warmup))
print(type(sched).__name__, sched.last_epoch, sched.get_last_lr())
x = torch.randn(8, 3)
y = torch.randn(8, 1)
for epoch in range(6):
    opt.zero_grad()
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    opt.step()
    sched.step()
    print(epoch, f"{loss.item():.6f}", sched.get_last_lr(), opt.param_groups[0]["lr"])

state = sched.state_dict()
print(sorted(state.keys()))
print(state["lr_lambdas"], state["last_epoch"], state["base_lrs"])

def inverse_sqrt(step):
    return 1 / math.sqrt(max(step, 1))

opt2 = torch.optim.Adam([{"params": [model.weight]}, {"params": [model.bias], "lr": 0.01}], lr=0.001)
s2 = LambdaLR(opt2, [inverse_sqrt, lambda e: 0.5 ** e])
for _ in range(4):
    opt2.step()
    s2.step()
    print(s2.get_last_lr())

opt3 = torch.optim.SGD(model.parameters(), lr=1.0)
s3 = MultiplicativeLR(opt3, lr_lambda=lambda e: 0.9)
for _ in range(5):
    opt3.step()
    s3.step()
print(s3.get_last_lr(), s3.last_epoch)
print(s3.state_dict()["lr_lambdas"])

resumed = LambdaLR(torch.optim.SGD(model.parameters(), lr=0.1), lambda epoch: min(1.0, (epoch + 1) / warmup))
resumed.load_state_dict(state)
print(resumed.last_epoch, resumed.get_last_lr())

opt4 = torch.optim.SGD(model.parameters(), lr=0.05)
seq = SequentialLR(opt4, [LambdaLR(opt4, lambda e: (e + 1) / 3), CosineAnnealingLR(opt4, T_max=5)], milestones=[3])
lrs = []
for _ in range(8):
    opt4.step()
    seq.step()
    lrs.append(round(seq.get_last_lr()[0], 8))
print(lrs)

try:
    LambdaLR(opt2, [inverse_sqrt])
except ValueError as e:
    print("ValueError:", e)
try:
    MultiplicativeLR(opt3, lr_lambda=0.9)
except TypeError as e:
    print("TypeError:", e)
try:
    MultiplicativeLR(opt2, lr_lambda=[inverse_sqrt])
except ValueError as e:
    print("ValueError:", e)
def failing(epoch):
    if epoch == 2:
        raise RuntimeError("bad epoch")
    return 1.0
s5 = LambdaLR(torch.optim.SGD(model.parameters(), lr=0.1), failing)
s5.step()
try:
    s5.step()
except RuntimeError as e:
    print("RuntimeError:", e, s5.last_epoch)
print(isinstance(sched, torch.optim.lr_scheduler.LRScheduler))
