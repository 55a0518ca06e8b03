# two param groups with different learning rates over 50 epochs
import torch

x = torch.linspace(0, 1, 11)
y = 4.0 * x + 2.0
w = torch.tensor(0.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
optimizer = torch.optim.SGD([{"params": [w], "lr": 0.5}, {"params": [b]}], lr=0.1, momentum=0.5)
scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.97)
for epoch in range(50):
    optimizer.zero_grad()
    loss = ((w * x + b - y) ** 2).mean()
    loss.backward()
    optimizer.step()
    scheduler.step()
    if epoch % 7 == 0:
        lrs = [group["lr"] for group in optimizer.param_groups]
        print(f"{epoch:2d} loss={loss.item():.5f} w={w.item():.4f} b={b.item():.4f} lrs={lrs}")
print(scheduler.get_last_lr())
print(w, b)
