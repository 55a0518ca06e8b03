# grad_fn names and version counters around in-place writes through views, as PyTorch
# prints them: the base becomes CopySlices, views regenerate AsStridedBackward0.
import torch


def name(t):
    return type(t.grad_fn).__name__ if t.grad_fn is not None else None


x = torch.ones(2, 3, requires_grad=True)
z = x * 1
views = [z[0], z[:, 1], z.view(6), z.t(), z.expand(2, 2, 3), z.transpose(0, 1), z[1][1:],
         z.reshape(6), z.permute(1, 0), z.unsqueeze(0), z.flatten(), z.narrow(1, 0, 2), z.T, z[..., None]]
print([name(v) for v in views])
views[0].add_(1)
print([name(v) for v in views], name(z))
print([v._version for v in views], z._version)
z.mul_(2)
print(name(views[0]), name(z), z._version, views[3]._version)

for op in ["zero_", "relu_", "sigmoid_", "tanh_", "abs_", "exp_", "neg_", "sqrt_"]:
    z = x * 1
    getattr(z, op)()
    w = x * 1
    getattr(w[0], op)()
    print(op, name(z), name(w), z._version, w._version)
for label, f in [("fill_", lambda t: t.fill_(2)), ("fill_t", lambda t: t.fill_(x[0, 0])),
                 ("copy_", lambda t: t.copy_(torch.ones(3))), ("clamp_", lambda t: t.clamp_(0, 1)),
                 ("clamp_min", lambda t: t.clamp_(min=0)), ("add_", lambda t: t.add_(1)),
                 ("sub_", lambda t: t.sub_(x[1])), ("mul_", lambda t: t.mul_(2)),
                 ("div_", lambda t: t.div_(x[0])), ("pow_", lambda t: t.pow_(2))]:
    z = x * 1
    f(z[1])
    w = x * 1
    f(w)
    print(label, name(z), name(w))

z = x * 1
z[0] = 5
print(name(z))
z = x * 1
z[:, 1:] = x[:, :2]
print(name(z))
z = torch.zeros(3)
v = z[1:]
print(name(v), v.requires_grad)
v.mul_(x[0, 1:])
print(name(z), name(v), z.requires_grad, z.is_leaf)
z = torch.zeros(2, 3)
z[1] = x[0] * 2
print(z)
print(z[1], name(z[1]))

xx = torch.ones(3, requires_grad=True)
v = xx[0]
with torch.no_grad():
    xx.mul_(2)
print(name(v), v)
zz = x * 1
dv = zz.detach()
dv.mul_(2)
print(name(zz), name(dv), zz._version, dv._version)
print(zz)
zz = (x * 1).view(6, 1)
zz.T.mul_(2)
print(zz.T)
z = x * 1
v = z.view(6)
v[0] = 10
print(z, v)
z.sum().backward()
print(x.grad)
y = torch.ones(2, 2)
y[0].add_(1)
print(y, y._version, y.is_leaf, y.grad_fn)
