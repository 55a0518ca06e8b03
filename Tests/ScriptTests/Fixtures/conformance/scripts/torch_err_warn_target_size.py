# A warning, then the broadcast error of shapes that do not broadcast.
import torch
import torch.nn.functional as F

print(F.mse_loss(torch.zeros(3), torch.zeros(3, 1)).shape)
F.mse_loss(torch.zeros(3), torch.zeros(2))
