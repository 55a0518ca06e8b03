# SequentialLR and ChainedScheduler
import torch


def trace(make_scheduler, epochs=12, lr=0.1, plateau=False):
    w = torch.tensor(1.0, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=lr)
    scheduler = make_scheduler(optimizer)
    lrs = []
    for epoch in range(epochs):
        optimizer.zero_grad()
        loss = (w - 3) ** 2
        loss.backward()
        optimizer.step()
        if plateau:
            scheduler.step(loss.item() if epoch % 4 else 10.0)
        else:
            scheduler.step()
        lrs.append(optimizer.param_groups[0]["lr"])
    print(type(scheduler).__name__, lrs)
    if not plateau:
        print(scheduler.get_last_lr())
    print(f"w = {w.item():.6f}")
    return scheduler



from torch.optim import lr_scheduler

trace(lambda o: lr_scheduler.SequentialLR(o, schedulers=[lr_scheduler.LinearLR(o, start_factor=0.1, total_iters=3), lr_scheduler.ExponentialLR(o, gamma=0.9)], milestones=[3]), epochs=10)
trace(lambda o: lr_scheduler.SequentialLR(o, schedulers=[lr_scheduler.ConstantLR(o, factor=0.5, total_iters=2), lr_scheduler.CosineAnnealingLR(o, T_max=6)], milestones=[4]), epochs=12)
trace(lambda o: lr_scheduler.ChainedScheduler([lr_scheduler.ConstantLR(o, factor=0.5, total_iters=4), lr_scheduler.ExponentialLR(o, gamma=0.9)]), epochs=8)
