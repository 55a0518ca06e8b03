# ReduceLROnPlateau's get_last_lr and the lr of several param groups
import torch

w = torch.tensor(1.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
optimizer = torch.optim.SGD([{"params": [w]}, {"params": [b], "lr": 0.5}], lr=0.1)
scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, patience=1, factor=0.5, min_lr=[0.02, 0.1])
print(scheduler.get_last_lr())
losses = [1.0, 0.9, 0.95, 0.97, 0.96, 0.99, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]
for epoch, value in enumerate(losses):
    scheduler.step(value)
    print(epoch, value, scheduler.get_last_lr(), [g["lr"] for g in optimizer.param_groups])
print(scheduler.best, scheduler.num_bad_epochs)
