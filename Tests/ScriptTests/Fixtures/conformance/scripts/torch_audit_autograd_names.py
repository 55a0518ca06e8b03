import torch

x = torch.tensor([[1.0, -2.0, 3.0], [0.5, 4.0, -1.0]], requires_grad=True)
w = torch.tensor([[0.1, 0.2], [0.3, -0.4], [0.5, 0.6]], requires_grad=True)
b = torch.tensor([0.01, -0.02], requires_grad=True)
ops = {
    "add": x + 1, "radd": 1 + x, "sub": x - x, "mul": x * 2, "div": x / 3, "rdiv": 1 / x, "pow": x ** 2, "rpow": 2 ** x,
    "neg": -x, "matmul": x @ w, "mm": torch.mm(x, w), "addmm": torch.addmm(b, x, w), "linear": torch.nn.functional.linear(x, w.t(), b),
    "sum": x.sum(), "sum_dim": x.sum(dim=1), "mean": x.mean(), "mean_dim": x.mean(0, keepdim=True), "std": x.std(), "var": x.var(1),
    "prod": x.prod(), "max": x.max(), "max_dim": x.max(dim=1).values, "min": x.min(), "amax": x.amax(1), "norm": x.norm(), "cumsum": x.cumsum(1),
    "exp": x.exp(), "log": x.abs().log(), "log1p": x.abs().log1p(), "sqrt": x.abs().sqrt(), "abs": x.abs(), "sin": x.sin(), "cos": x.cos(),
    "tanh": x.tanh(), "sigmoid": x.sigmoid(), "relu": x.relu(), "clamp": x.clamp(-1, 1), "clamp_min": x.clamp(min=0), "where": torch.where(x > 0, x, x * 0.1),
    "view": x.view(3, 2), "reshape": x.reshape(-1), "flatten": x.flatten(), "unsqueeze": x.unsqueeze(0), "squeeze": x.unsqueeze(0).squeeze(0),
    "t": x.t(), "T": x.T, "transpose": x.transpose(0, 1), "permute": x.permute(1, 0), "expand": x[0:1].expand(3, 3), "repeat": x.repeat(2, 1),
    "cat": torch.cat([x, x]), "stack": torch.stack([x, x]), "split": x.split(1)[1], "chunk": x.chunk(3, dim=1)[0], "index": x[[0, 1], [1, 2]],
    "select": x[0], "slice": x[:, 1:], "mask": x[x > 0], "softmax": x.softmax(1), "log_softmax": x.log_softmax(1), "dot": x[0].dot(x[1]),
    "mv": x.mv(w[:, 0]), "outer": torch.outer(x[0], x[1]), "bmm": torch.bmm(x.unsqueeze(0), w.unsqueeze(0)), "clone": x.clone(), "to": x.to(torch.float64),
    "repeat_interleave": x.repeat_interleave(2, dim=0), "sort": x.sort(1).values, "topk": x.topk(2).values, "gather": x.gather(1, torch.tensor([[0], [2]])),
    "sign": x.sign(), "round": x.round(), "floor": x.floor(), "maximum": torch.maximum(x, x * 0.5), "square": x.square(), "rsqrt": x.abs().rsqrt(),
    "masked_fill": x.masked_fill(x < 0, 0.0), "leaky_relu": torch.nn.functional.leaky_relu(x), "gelu": torch.nn.functional.gelu(x),
    "mse": torch.nn.functional.mse_loss(x, torch.zeros(2, 3)), "l1": torch.nn.functional.l1_loss(x, torch.zeros(2, 3)),
    "huber": torch.nn.functional.huber_loss(x, torch.zeros(2, 3)), "ce": torch.nn.functional.cross_entropy(x, torch.tensor([0, 2])),
    "nll": torch.nn.functional.nll_loss(x, torch.tensor([0, 2])), "bce": torch.nn.functional.binary_cross_entropy(x.sigmoid(), torch.ones(2, 3)),
    "bcel": torch.nn.functional.binary_cross_entropy_with_logits(x, torch.ones(2, 3)), "dropout_eval": torch.nn.functional.dropout(x, training=False),
}
for name, out in ops.items():
    print(name, out.grad_fn.name() if out.grad_fn is not None else None)
for name in ["sum", "mean_dim", "max_dim", "matmul", "index", "mask", "expand", "cumsum", "norm", "where", "cat", "softmax", "std", "prod"]:
    x.grad = None
    ops[name].sum().backward(retain_graph=True)
    print(name, x.grad)
with torch.no_grad():
    y = x * 2
    print(y.requires_grad, y.grad_fn, torch.is_grad_enabled())
    with torch.enable_grad():
        z = x * 2
        print(z.requires_grad, z.grad_fn.name())
with torch.inference_mode():
    i = x * 2
    print(i.requires_grad, i.is_inference(), torch.is_inference_mode_enabled())
print(torch.is_grad_enabled(), torch.is_inference_mode_enabled())
@torch.no_grad()
def f(t):
    return t * 3
print(f(x).requires_grad)
torch.set_grad_enabled(False)
print((x * 2).requires_grad)
torch.set_grad_enabled(True)
print((x * 2).requires_grad)
g1, g2 = torch.autograd.grad((x * w.t()).sum(), [x, w])
print(g1, g2)
u = torch.tensor(2.0, requires_grad=True)
(gu,) = torch.autograd.grad(u ** 3, u)
print(gu)
