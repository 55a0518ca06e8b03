import torch
import torch.nn.functional as F

# Full reprs of MKL-backed elementwise results and their gradients (tanh's fused 1 - y*y).
torch.manual_seed(7)
x0 = torch.randn(5, 7) * 2
g0 = torch.randn(5, 7)
fns = {
    "tanh": lambda x: torch.tanh(x), "exp": lambda x: torch.exp(x),
    "logsoftmax": lambda x: F.log_softmax(x, dim=1),
    "sqrt": lambda x: (x.abs() + 0.1).sqrt(), "log": lambda x: (x.abs() + 0.1).log(),
    "sin": lambda x: torch.sin(x), "cos": lambda x: torch.cos(x),
    "std": lambda x: x.std(dim=1, keepdim=True), "norm": lambda x: x.norm(dim=1, keepdim=True),
    "log1p": lambda x: (x.abs()).log1p(), "tanh_double": lambda x: torch.tanh(x.double()),
    "gelu_tanh_out": lambda x: F.gelu(x, approximate="tanh").detach() + 0 * x,
}
for name, f in fns.items():
    x = x0.clone().requires_grad_(True)
    y = f(x)
    y.backward(g0 if y.shape == g0.shape else g0[:, :1])
    print(name, [repr(v) for v in y.detach().view(-1).tolist()])
    print(" grad", [repr(v) for v in x.grad.view(-1).tolist()])
