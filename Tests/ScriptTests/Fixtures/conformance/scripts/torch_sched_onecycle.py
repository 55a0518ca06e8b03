# OneCycleLR
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



trace(lambda o: torch.optim.lr_scheduler.OneCycleLR(o, max_lr=1.0, total_steps=12))
trace(lambda o: torch.optim.lr_scheduler.OneCycleLR(o, max_lr=0.5, total_steps=12, anneal_strategy="linear"))
trace(lambda o: torch.optim.lr_scheduler.OneCycleLR(o, max_lr=0.5, epochs=3, steps_per_epoch=4, pct_start=0.5, div_factor=10.0, final_div_factor=100.0))
trace(lambda o: torch.optim.lr_scheduler.OneCycleLR(o, max_lr=0.2, total_steps=12, three_phase=True))
