# MSELoss, L1Loss and functional mse_loss
import torch
import torch.nn as nn

pred = torch.tensor([2.5, 0.0, 2.0, 8.0])
target = torch.tensor([3.0, -0.5, 2.0, 7.0])
mse = torch.nn.MSELoss()
l1 = nn.L1Loss()
print(mse(pred, target), l1(pred, target))
print(nn.functional.mse_loss(pred, target))
print(torch.nn.functional.mse_loss(pred, target).item())
print(mse)
print(l1)
w = torch.tensor(1.0, requires_grad=True)
loss = mse(w * torch.tensor([1.0, 2.0]), torch.tensor([2.0, 4.0]))
print(loss)
loss.backward()
print(w.grad)
w2 = torch.tensor(1.0, requires_grad=True)
loss2 = l1(w2 * torch.tensor([1.0, 2.0]), torch.tensor([2.0, 4.0]))
loss2.backward()
print(loss2, w2.grad)
print(nn.MSELoss(reduction="sum")(pred, target), nn.L1Loss(reduction="sum")(pred, target))
