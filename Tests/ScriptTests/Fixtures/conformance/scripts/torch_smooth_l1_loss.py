# smooth_l1_loss / SmoothL1Loss: beta, reductions, gradients, float64; printed in full.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(5)
x = (torch.randn(3, 5) * 2).requires_grad_()
y = torch.randn(3, 5)
for beta in [1.0, 0.3, 2.5, 0.0]:
    for reduction in ["mean", "sum", "none"]:
        out = F.smooth_l1_loss(x, y, beta=beta, reduction=reduction)
        print(beta, reduction, out.reshape(-1).tolist(), out.grad_fn.name())
loss = nn.SmoothL1Loss(beta=0.5)(x, y)
print(loss)
loss.backward()
print(x.grad.reshape(-1).tolist())
print(nn.SmoothL1Loss(reduction="sum", beta=0.25))
print(F.smooth_l1_loss(x.double(), y.double(), beta=0.3).item())
