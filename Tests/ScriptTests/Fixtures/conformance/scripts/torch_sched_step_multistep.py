# StepLR and MultiStepLR with get_last_lr
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



trace(lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=3))
trace(lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=2, gamma=0.5))
trace(lambda o: torch.optim.lr_scheduler.MultiStepLR(o, milestones=[2, 5, 9], gamma=0.3))
s = trace(lambda o: torch.optim.lr_scheduler.MultiStepLR(o, milestones=[4]))
print(s.last_epoch)
