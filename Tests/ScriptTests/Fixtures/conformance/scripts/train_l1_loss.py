# training with L1Loss, printing with print() and str formatting
import torch
import torch.nn as nn

x = torch.arange(0.0, 10.0)
y = 2.0 * x + 1.0
y = y + torch.tensor([0.5, -0.5, 0.3, 0.0, -0.2, 0.1, 0.4, -0.3, 0.2, -0.1])
w = torch.tensor(0.5, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
criterion = nn.L1Loss()
optimizer = torch.optim.Adam([w, b], lr=0.1)
losses = []
for epoch in range(60):
    optimizer.zero_grad()
    loss = criterion(w * x + b, y)
    loss.backward()
    optimizer.step()
    losses.append(round(loss.item(), 4))
    if epoch % 12 == 0:
        print("epoch", epoch, "loss", loss, "w", w)
print(losses[-5:])
print(min(losses), losses.index(min(losses)))
