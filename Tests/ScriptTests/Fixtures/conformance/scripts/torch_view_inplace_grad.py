# In-place writes through views of non-leaf tensors: the base's history becomes CopySlices
# and gradients flow as PyTorch computes them.
import torch


def name(t):
    return type(t.grad_fn).__name__ if t.grad_fn is not None else None


def run(label, build):
    x = torch.arange(1.0, 7.0).reshape(2, 3).requires_grad_()
    z = build(x)
    out = (z * torch.arange(6.0).reshape(z.shape)).sum() if z.numel() == 6 else z.sum()
    print(label, name(z))
    try:
        out.backward()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(x.grad)


def slice_mul(x):
    z = x.clone()
    z[:, 1:].mul_(3)
    return z


def select_add(x):
    z = x * 2
    z[1].add_(z[0])
    return z


def view_sub(x):
    z = x + 1
    z.view(6)[::2].sub_(x.view(6)[1::2])
    return z


def reshape_div(x):
    z = x * x
    z.reshape(3, 2)[0].div_(4)
    return z


def transpose_mul(x):
    z = x.exp()
    z.t()[2].mul_(x[0, 0])
    return z


def permute_clamp(x):
    z = (x - 3) * 2
    z.unsqueeze(0).permute(2, 0, 1)[1].clamp_(-1, 1)
    return z


def T_relu(x):
    z = x - 3.5
    z.T[:2].relu_()
    return z


def chain(x):
    z = x * 1.5
    v = z[1]
    w = v[1:]
    w.mul_(w)
    v[0] = 10
    return z


def setitem_tensor(x):
    z = x.clone()
    z[0, :2] = x[1, 1:] * 3
    return z


def setitem_scalar(x):
    z = x ** 2
    z[:, 0] = 0
    return z


def augmented(x):
    z = x * 3
    v = z[:, 1]
    v += x[:, 2]
    v *= 2
    z[0] -= 1
    z[1] /= x[0]
    return z


def zero_fill(x):
    z = x.sin()
    z[0].zero_()
    z[1, 2:].fill_(7)
    return z


def copy(x):
    z = x * 1
    z[1].copy_(x[0] ** 2)
    return z


def no_grad_base(x):
    z = torch.zeros(2, 3)
    z[0] = x[1] * 2
    z[1, ::2].add_(x[0, 1:])
    return z


def base_then_view(x):
    z = x * 2
    v = z[0]
    z.mul_(x)
    v.add_(1)
    return z


def view_then_base(x):
    z = x * 2
    v = z[:, 0]
    v.mul_(5)
    z.add_(x)
    return z + v.unsqueeze(1)


for label, build in [("slice_mul", slice_mul), ("select_add", select_add), ("view_sub", view_sub),
                     ("reshape_div", reshape_div), ("transpose_mul", transpose_mul),
                     ("permute_clamp", permute_clamp), ("T_relu", T_relu), ("chain", chain),
                     ("setitem_tensor", setitem_tensor), ("setitem_scalar", setitem_scalar),
                     ("augmented", augmented), ("zero_fill", zero_fill), ("copy", copy),
                     ("no_grad_base", no_grad_base), ("base_then_view", base_then_view),
                     ("view_then_base", view_then_base)]:
    run(label, build)

x = torch.ones(3, requires_grad=True)
z = x.clone()
v = z[1:]
v.mul_(3)
z.sum().backward()
print(x.grad)
print(z, v)
