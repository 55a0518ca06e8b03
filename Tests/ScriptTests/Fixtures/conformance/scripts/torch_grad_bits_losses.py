import torch
import torch.nn.functional as F

# Full reprs of elementwise results and their gradients, so a last-bit difference shows.
torch.manual_seed(7)
x0 = torch.randn(5, 7) * 2
g0 = torch.randn(5, 7)
fns = {
    "sigmoid": lambda x: torch.sigmoid(x), "relu": lambda x: torch.relu(x),
    "leaky": lambda x: F.leaky_relu(x, 0.1), "leaky_default": lambda x: F.leaky_relu(x),
    "softmax": lambda x: F.softmax(x, dim=1),
    "rsqrt": lambda x: (x.abs() + 0.1).rsqrt(), "rsqrt_fn": lambda x: torch.rsqrt(x.abs() + 0.3),
    "pow3": lambda x: x ** 3, "div": lambda x: 1.0 / (x.abs() + 0.5), "square": lambda x: x * x,
    "abs": lambda x: torch.abs(x), "mean": lambda x: x.mean(dim=1, keepdim=True),
    "mse": lambda x: F.mse_loss(x, torch.ones_like(x), reduction='none'),
    "l1": lambda x: F.l1_loss(x, torch.ones_like(x), reduction='none'),
    "huber": lambda x: F.huber_loss(x, torch.zeros_like(x), reduction='none'),
    "bcelogits": lambda x: F.binary_cross_entropy_with_logits(x, torch.full_like(x, 0.3), reduction='none'),
    "bcelogits_pw": lambda x: F.binary_cross_entropy_with_logits(x, torch.rand(5, 7), pos_weight=torch.rand(7) * 3, reduction='none'),
    "bcelogits_w": lambda x: F.binary_cross_entropy_with_logits(x, torch.rand(5, 7), weight=torch.rand(7) + 0.5, reduction='none'),
    "bce": lambda x: F.binary_cross_entropy(torch.sigmoid(x), torch.full_like(x, 0.3), reduction='none'),
    "bce_w": lambda x: F.binary_cross_entropy(torch.sigmoid(x), torch.rand(5, 7), weight=torch.rand(5, 7), reduction='none'),
    "clamp": lambda x: x.clamp(-1, 1),
}
for name, f in fns.items():
    x = x0.clone().requires_grad_(True)
    y = f(x)
    y.backward(g0 if y.shape == g0.shape else g0[:, :1])
    print(name, [repr(v) for v in y.detach().view(-1).tolist()])
    print(" grad", [repr(v) for v in x.grad.view(-1).tolist()])

# the reduced losses as training loops use them
for reduction in ["mean", "sum"]:
    x = x0.clone().requires_grad_(True)
    t = torch.rand(5, 7)
    loss = F.binary_cross_entropy_with_logits(x, t, reduction=reduction)
    loss.backward()
    print(reduction, repr(loss.item()), [repr(v) for v in x.grad.view(-1).tolist()[:8]])
    x.grad = None
    loss = torch.nn.BCELoss(reduction=reduction)(torch.sigmoid(x), t)
    loss.backward()
    print(reduction, repr(loss.item()), [repr(v) for v in x.grad.view(-1).tolist()[:8]])
    x.grad = None
    loss = torch.nn.BCEWithLogitsLoss(pos_weight=torch.full((7,), 2.5), reduction=reduction)(x, t)
    loss.backward()
    print(reduction, repr(loss.item()), [repr(v) for v in x.grad.view(-1).tolist()[:8]])
print(torch.rsqrt(torch.tensor([4.0, 0.25], requires_grad=True)).grad_fn.name())
