# ExponentialLR, CosineAnnealingLR and CosineAnnealingWarmRestarts
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



trace(lambda o: torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.95))
trace(lambda o: torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.5), epochs=5)
trace(lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=10), epochs=15)
trace(lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=5, eta_min=0.01))
trace(lambda o: torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(o, T_0=4), epochs=14)
trace(lambda o: torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(o, T_0=3, T_mult=2, eta_min=0.001), epochs=14)
