# F.gelu bit for bit: a contiguous float32 tensor's erf GELU and its gradient go through
# oneDNN (a piecewise minimax erf on AVX-512 CPUs); views and single elements through ATen's
# vector loop (Abramowitz-Stegun erf with SLEEF's expf) and the C library's erff on the tail;
# the tanh form through SLEEF's and the C library's tanhf.
import torch
import torch.nn.functional as F

torch.manual_seed(7)
x = torch.cat([torch.randn(300) * 3, torch.linspace(-8, 8, 161), torch.randn(45) * 1e-3,
               torch.tensor([0.0, -0.0, 5.5, -5.5, 5.6, -5.6, 1e-30, -1e-30, 10.0, -10.0, 30.0, -30.0,
                             float("inf"), float("-inf"), 1e-45, 0.1094, 0.1093])])
print(F.gelu(x).tolist())
print(torch.nn.GELU()(x[:47]).tolist())
print(F.gelu(x, approximate="tanh").tolist())
print(F.gelu(x[5:6]).tolist(), F.gelu(torch.tensor(1.3)).item(), F.gelu(torch.tensor([0.7])).tolist())

# views: transposed, sliced with steps (ATen's loops in memory order)
m = torch.randn(6, 37) * 2
print(F.gelu(m.t()).tolist())
print(F.gelu(m[:, ::2]).tolist())
print(F.gelu(m[::2]).tolist())
print(F.gelu(m.t(), approximate="tanh").tolist())

# gradients: oneDNN's for a contiguous input, ATen's for views and the tanh form
w = (torch.randn(5, 41) * 3).requires_grad_()
g = torch.randn(5, 41)
F.gelu(w).backward(g)
print(w.grad.tolist())
w.grad = None
F.gelu(w, approximate="tanh").backward(g)
print(w.grad.tolist())
w.grad = None
F.gelu(w.t()).backward(g.t())
print(w.grad.tolist())
w.grad = None
F.gelu(w[:, 1:40:3]).sum().backward()
print(w.grad.tolist())
w.grad = None
F.gelu(w.t(), approximate="tanh").sum().backward()
print(w.grad.tolist())
v = torch.tensor([0.5], requires_grad=True)
F.gelu(v).backward()
print(v.grad.tolist())
