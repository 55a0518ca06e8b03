import torch
from torch.optim import lr_scheduler as L

torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
sched = L.StepLR(opt, step_size=2, gamma=0.5)
for epoch in range(3):
    opt.step()
    sched.step()
saved_opt, saved_sched = opt.state_dict(), sched.state_dict()
print(saved_sched)

opt2 = torch.optim.SGD(model.parameters(), lr=0.5)
sched2 = L.StepLR(opt2, step_size=2, gamma=0.5)
opt2.load_state_dict(saved_opt)
sched2.load_state_dict(saved_sched)
print(sched2.last_epoch, sched2.get_last_lr(), sched2.state_dict() == saved_sched)
for epoch in range(4):
    opt2.step()
    sched2.step()
    print(epoch, sched2.get_last_lr(), opt2.param_groups[0]["lr"])

opt3 = torch.optim.SGD(model.parameters(), lr=0.1)
warm = L.CosineAnnealingWarmRestarts(opt3, 2, T_mult=2)
for _ in range(5):
    opt3.step()
    warm.step()
state = warm.state_dict()
opt4 = torch.optim.SGD(model.parameters(), lr=0.1)
warm2 = L.CosineAnnealingWarmRestarts(opt4, 2, T_mult=2)
warm2.load_state_dict(state)
opt4.load_state_dict(opt3.state_dict())
for _ in range(3):
    opt4.step()
    warm2.step()
    print(warm2.get_last_lr(), warm2.state_dict()["T_cur"], warm2.state_dict()["T_i"])

opt5 = torch.optim.SGD(model.parameters(), lr=0.1)
plateau = L.ReduceLROnPlateau(opt5, patience=0)
plateau.step(1.0)
plateau.step(2.0)
p2 = L.ReduceLROnPlateau(torch.optim.SGD(model.parameters(), lr=0.1), patience=0)
p2.load_state_dict(plateau.state_dict())
print(p2.state_dict())
