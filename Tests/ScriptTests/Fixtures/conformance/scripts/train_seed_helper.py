# the seed lesson's train helper with sin_loss_fn and reg_loss_fn
import torch


def sin_loss_fn(w1, w2):
    return (torch.sin(w2) * torch.exp(1 - torch.cos(w1)) ** 2
            + torch.cos(w1) * torch.exp(1 - torch.sin(w2)) ** 2
            + (w1 - w2) ** 2)


def reg_loss_fn(w1, w2):
    return w1 ** 2 + w2 ** 2 + 1.8 * w1 * w2


def train(epochs, loss_fn, step_size=None, w1_init=0.0, w2_init=0.0, optimizer=None,
          optimizer_params=None, scheduler=None, scheduler_params=None):
    w1 = torch.tensor(w1_init, requires_grad=True)
    w2 = torch.tensor(w2_init, requires_grad=True)
    if optimizer is None:
        optimizer = torch.optim.SGD
        optimizer_params = {"lr": step_size}
    if optimizer_params is None:
        optimizer_params = {}
    optimizer = optimizer(params=[w1, w2], **optimizer_params)
    if scheduler_params is None:
        scheduler_params = {}
    if scheduler is not None:
        scheduler = scheduler(optimizer, **scheduler_params)

    def train_step(epoch):
        optimizer.zero_grad()
        w1_value = w1.item()
        w2_value = w2.item()
        loss = loss_fn(w1, w2)
        loss.backward()
        optimizer.step()
        if scheduler is not None:
            if isinstance(scheduler, torch.optim.lr_scheduler.ReduceLROnPlateau):
                scheduler.step(loss)
            else:
                scheduler.step()
        return {"epoch": epoch, "w1": w1_value, "w2": w2_value, "loss": loss.item()}

    return [train_step(epoch + 1) for epoch in range(epochs)]


def show(rows, every=5):
    for row in rows:
        if row["epoch"] % every == 0 or row["epoch"] == 1:
            print(f"{row['epoch']:3d} {row['w1']:+.6f} {row['w2']:+.6f} {row['loss']:.6f}")
    print(rows[-1])


show(train(30, reg_loss_fn, step_size=0.1, w1_init=-2.0, w2_init=1.5))
show(train(40, sin_loss_fn, w1_init=-1.0, w2_init=-1.0, optimizer=torch.optim.SGD,
           optimizer_params={"lr": 0.01, "momentum": 0.8}), every=8)
show(train(30, sin_loss_fn, w1_init=1.0, w2_init=-1.5, optimizer=torch.optim.Adam,
           optimizer_params={"lr": 0.6}))
show(train(30, reg_loss_fn, w1_init=-2.0, w2_init=1.5, optimizer=torch.optim.RMSprop,
           optimizer_params={"lr": 0.4}, scheduler=torch.optim.lr_scheduler.ReduceLROnPlateau,
           scheduler_params={"patience": 0, "factor": 0.9}))
show(train(30, reg_loss_fn, w1_init=-2.0, w2_init=1.5, optimizer=torch.optim.SGD,
           optimizer_params={"lr": 0.04}, scheduler=torch.optim.lr_scheduler.ExponentialLR,
           scheduler_params={"gamma": 0.95}))
title = f"{torch.optim.AdamW.__name__} - {dict(lr=0.5)}"
print(title)
