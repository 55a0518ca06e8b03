# schedulers drive any optimizer; lr is read back from param_groups and get_last_lr
import torch

w1 = torch.tensor(-1.0, requires_grad=True)
w2 = torch.tensor(2.0, requires_grad=True)
optimizer = torch.optim.Adam([w1, w2], lr=0.5)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=5, gamma=0.5)
for epoch in range(1, 16):
    optimizer.zero_grad()
    loss = w1 ** 2 + w2 ** 2 + 1.8 * w1 * w2
    loss.backward()
    optimizer.step()
    scheduler.step()
    print(f"epoch {epoch:2d} loss {loss.item():10.6f} lr {scheduler.get_last_lr()[0]:.5f} w1 {w1.item():+.5f} w2 {w2.item():+.5f}")
print(scheduler.get_last_lr(), optimizer.param_groups[0]["lr"])
