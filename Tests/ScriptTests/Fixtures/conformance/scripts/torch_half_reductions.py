# float16 norms, sums and means (whole, over dims, of transposed and stepped views), bit for
# bit: ATen sums half in float and rounds once; `mean` divides the float sum before rounding.
import torch

torch.manual_seed(1)
for k in range(12):
    n = [3, 8, 17, 33, 70, 129][k % 6]
    x = (torch.randn(2 + k % 5, n) * 3).half()
    print(x.norm().item(), x.t().norm().item(), x[:, ::2].norm().item(), x[::2].norm().item())
    print(x.norm(dim=0).tolist(), x.t().norm(dim=1).tolist(), x[:, ::3].norm(dim=0).tolist())
    print(x.norm(p=1).item(), x.norm(p=3).item(), x.t().norm(p=3, dim=1).tolist())
    print(x.mean().item(), x.mean(0).tolist(), x.mean(1).tolist(), x[:, ::2].mean(1).tolist())
    print(x.sum().item(), x.sum(0).tolist(), x.t().sum(0).tolist())
print(torch.tensor([1.0, 2.0, 4.0], dtype=torch.float16).mean(), torch.ones(3, 5, dtype=torch.float16).mean(1))
