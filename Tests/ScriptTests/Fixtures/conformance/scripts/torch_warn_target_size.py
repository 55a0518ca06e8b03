# Regression losses with a target of another size than the input: torch warns (once per line
# and text) and broadcasts; the functional forms point at the script, the modules into torch.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(4, 1, requires_grad=True)
y = torch.randn(4)
for i in range(3):
    print(F.mse_loss(x, y))
print(F.l1_loss(x, y), F.l1_loss(x, y, reduction="sum"))
print(F.huber_loss(x, y), F.smooth_l1_loss(x, y))
print(F.smooth_l1_loss(x, y, beta=0.5), F.huber_loss(x, y, delta=0.5))
print(nn.MSELoss()(x, y))
print(nn.L1Loss()(x, y))
print(nn.HuberLoss()(x, y), nn.SmoothL1Loss()(x, y))
print(nn.MSELoss()(x, y.reshape(4, 1)))


def loss_of(a, b):
    return F.mse_loss(a, b)


print(loss_of(y, x), loss_of(y, x))
print(F.mse_loss(torch.randn(3), torch.randn(1)))
print(F.mse_loss(torch.randn(3), torch.tensor(0.5)))
loss = F.mse_loss(x, y)
loss.backward()
print(x.grad)
x.grad = None
F.smooth_l1_loss(x, y, beta=0.7).backward()
print(x.grad)
print(float(loss))
print(float(loss * 2))
