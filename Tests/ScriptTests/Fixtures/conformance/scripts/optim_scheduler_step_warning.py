import torch
from torch.optim import lr_scheduler as L

p = torch.nn.Parameter(torch.zeros(2))
opt = torch.optim.SGD([p], lr=0.1)
sched = L.StepLR(opt, 2)
for epoch in range(3):
    sched.step()
    print(epoch, sched.get_last_lr())

opt2 = torch.optim.SGD([p], lr=0.1)
s2 = L.ExponentialLR(opt2, 0.9)
opt2.step()
s2.step()
print("no warning after optimizer.step", s2.get_last_lr())

opt3 = torch.optim.SGD([p], lr=0.1)
seq = L.SequentialLR(opt3, [L.ConstantLR(opt3), L.ExponentialLR(opt3, 0.9)], [2])
seq.step()
opt4 = torch.optim.SGD([p], lr=0.1)
chain = L.ChainedScheduler([L.ConstantLR(opt4), L.ExponentialLR(opt4, 0.9)])
chain.step()
opt5 = torch.optim.SGD([p], lr=0.1)
warm = L.CosineAnnealingWarmRestarts(opt5, 3)
warm.step()
plateau = L.ReduceLROnPlateau(torch.optim.SGD([p], lr=0.1))
plateau.step(1.0)
one = L.OneCycleLR(torch.optim.SGD([p], lr=0.1, momentum=0.9), 1.0, total_steps=5)
one.step()
print("done")
