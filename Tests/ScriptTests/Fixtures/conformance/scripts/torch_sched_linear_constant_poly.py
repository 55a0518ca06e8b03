# LinearLR, ConstantLR and PolynomialLR
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



trace(lambda o: torch.optim.lr_scheduler.LinearLR(o))
trace(lambda o: torch.optim.lr_scheduler.LinearLR(o, start_factor=0.1, end_factor=1.0, total_iters=4))
trace(lambda o: torch.optim.lr_scheduler.LinearLR(o, start_factor=1.0, end_factor=0.2, total_iters=8))
trace(lambda o: torch.optim.lr_scheduler.ConstantLR(o))
trace(lambda o: torch.optim.lr_scheduler.ConstantLR(o, factor=0.5, total_iters=3))
trace(lambda o: torch.optim.lr_scheduler.PolynomialLR(o))
trace(lambda o: torch.optim.lr_scheduler.PolynomialLR(o, total_iters=6, power=2.0))
