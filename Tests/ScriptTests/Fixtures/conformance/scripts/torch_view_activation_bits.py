# sigmoid, silu, mish, softplus and elu of transposed, permuted and stepped views, bit for bit:
# ATen's loop runs through the view's memory, so its whole vector blocks (SLEEF) and scalar
# rests (the C library) fall on other elements than for a contiguous copy.
import torch
import torch.nn.functional as F

torch.manual_seed(5)
for n in [7, 33, 50, 100]:
    x = torch.randn(6, n) * 3
    for v in [x.t(), x[:, ::2], x[::2], x.reshape(3, 2, n).permute(2, 0, 1)]:
        print(torch.sigmoid(v).tolist())
        print(F.silu(v).tolist())
        print(F.mish(v).tolist(), F.softplus(v).tolist(), F.elu(v).tolist())
