import torch
from torch.optim import lr_scheduler as L


def make(lr=0.1):
    p = torch.nn.Parameter(torch.zeros(2))
    return torch.optim.SGD([p], lr=lr, momentum=0.9)


builders = [
    lambda o: L.StepLR(o, 3),
    lambda o: L.StepLR(o, step_size=2, gamma=1),
    lambda o: L.MultiStepLR(o, [3, 1, 3]),
    lambda o: L.ExponentialLR(o, 0.9),
    lambda o: L.CosineAnnealingLR(o, 10),
    lambda o: L.CosineAnnealingLR(o, T_max=4, eta_min=0.01),
    lambda o: L.LinearLR(o),
    lambda o: L.LinearLR(o, start_factor=0.5, total_iters=2),
    lambda o: L.ConstantLR(o),
    lambda o: L.PolynomialLR(o, total_iters=4, power=2),
    lambda o: L.OneCycleLR(o, 1.0, total_steps=10),
    lambda o: L.OneCycleLR(o, max_lr=0.5, total_steps=12, three_phase=True, anneal_strategy="linear"),
    lambda o: L.CosineAnnealingWarmRestarts(o, 3, T_mult=2),
]
for build in builders:
    opt = make()
    sched = build(opt)
    print(type(sched).__name__, sched.state_dict())
    for _ in range(4):
        opt.step()
        sched.step()
    print("  after 4:", sched.state_dict())

opt = make()
plateau = L.ReduceLROnPlateau(opt, patience=1)
print(plateau.state_dict())
for loss in [1.0, 0.9, 0.95, 0.97, 0.99]:
    plateau.step(loss)
print(plateau.state_dict())
print(L.ReduceLROnPlateau(make(), mode="max", min_lr=[0.01]).state_dict())
print(L.ReduceLROnPlateau(make(), min_lr=0.001, threshold_mode="abs").state_dict())

opt = make()
seq = L.SequentialLR(opt, [L.ConstantLR(opt, factor=0.5, total_iters=2), L.ExponentialLR(opt, 0.9)], milestones=[2])
for _ in range(3):
    opt.step()
    seq.step()
print(seq.state_dict())
opt = make()
chain = L.ChainedScheduler([L.ConstantLR(opt, factor=0.5, total_iters=2), L.ExponentialLR(opt, 0.9)])
opt.step()
chain.step()
print(chain.state_dict())
print(make(lr=1) and L.StepLR(make(lr=1), 2).state_dict())
