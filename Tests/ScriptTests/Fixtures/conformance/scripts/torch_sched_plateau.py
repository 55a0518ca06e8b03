# ReduceLROnPlateau with its options
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



trace(lambda o: torch.optim.lr_scheduler.ReduceLROnPlateau(o), epochs=30, plateau=True)
trace(lambda o: torch.optim.lr_scheduler.ReduceLROnPlateau(o, patience=0, factor=0.8), plateau=True)
trace(lambda o: torch.optim.lr_scheduler.ReduceLROnPlateau(o, patience=1, factor=0.5, cooldown=2), epochs=20, plateau=True)
trace(lambda o: torch.optim.lr_scheduler.ReduceLROnPlateau(o, patience=0, factor=0.1, min_lr=0.002), epochs=20, plateau=True)
trace(lambda o: torch.optim.lr_scheduler.ReduceLROnPlateau(o, mode="max", patience=0, factor=0.5), plateau=True)
trace(lambda o: torch.optim.lr_scheduler.ReduceLROnPlateau(o, patience=0, threshold=0.5, threshold_mode="abs"), plateau=True)
trace(lambda o: torch.optim.lr_scheduler.ReduceLROnPlateau(o, patience=0, factor=0.5, eps=0.02), epochs=20, plateau=True)
