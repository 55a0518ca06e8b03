# class names and isinstance checks on optimizers and schedulers
import torch
from torch import optim

w = torch.tensor(1.0, requires_grad=True)
for cls in [optim.SGD, optim.Adam, optim.AdamW, optim.RMSprop, optim.Adagrad]:
    opt = cls([w], lr=0.1)
    print(cls.__name__, type(opt).__name__, isinstance(opt, optim.Optimizer))
opt = optim.SGD([w], lr=0.1)
sched = optim.lr_scheduler.ReduceLROnPlateau(opt)
print(isinstance(sched, optim.lr_scheduler.ReduceLROnPlateau), isinstance(sched, optim.lr_scheduler.StepLR))
step = optim.lr_scheduler.StepLR(opt, step_size=2)
print(type(step).__name__, isinstance(step, optim.lr_scheduler.StepLR))
params = {"lr": 0.5, "momentum": 0.9}
print(f"{optim.SGD.__name__} - {params}")
print(isinstance(w, torch.Tensor), isinstance(1.0, torch.Tensor))
print(torch.nn.MSELoss.__name__, type(torch.nn.L1Loss()).__name__)
