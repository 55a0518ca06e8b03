# GELU's tanh approximation bit for bit: ATen's vectorized kernel (SLEEF's tanhf on whole
# blocks of two vectors, libm's tanhf on the rest).
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
for n in [32, 64, 320, 33, 47, 63, 100]:
    x = torch.randn(n) * 3
    print(n, F.gelu(x, approximate="tanh").tolist())
x = torch.randn(4, 40) * 2
print(nn.GELU(approximate="tanh")(x))
print(F.gelu(torch.tensor([0.0, -0.0, 10.0, -10.0, 1e-20, float("inf"), float("-inf")]), approximate="tanh"))
