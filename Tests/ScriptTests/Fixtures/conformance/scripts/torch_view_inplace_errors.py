# The in-place writes through views PyTorch refuses, with its messages.
import torch


def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except RuntimeError as e:
        print(label, "RuntimeError:", e)


def setitem(t, index, value):
    t[index] = value


x = torch.ones(2, 3, requires_grad=True)
z = x * 1
attempt("unbind", lambda: z.unbind()[0].add_(1))
attempt("unbind1", lambda: z.unbind(1)[2].mul_(2))
attempt("split", lambda: z.split(1)[1].mul_(1))
attempt("split_sizes", lambda: z.split([1, 2], dim=1)[1].zero_())
attempt("chunk", lambda: z.chunk(2)[0].fill_(0))
attempt("iter", lambda: [row.add_(1) for row in z])
attempt("list", lambda: list(z)[1].sub_(1))
attempt("unbind_view", lambda: z.unbind()[1][1:].add_(1))
with torch.no_grad():
    nv = z[0]
print(nv.requires_grad, nv.is_leaf, nv.grad_fn)
attempt("no_grad_view", lambda: nv.add_(1))
with torch.no_grad():
    nv2 = z[1]
    nv2.add_(1)
print(z)
base = torch.zeros(3)
with torch.no_grad():
    nv3 = base[1:]
attempt("no_grad_view_grad_other", lambda: nv3.mul_(x[0, 1:]))
attempt("no_grad_view_plain", lambda: nv3.add_(1))
print(base)
attempt("multi_no_grad_base", lambda: torch.zeros(3).unbind()[1].mul_(x[0, 0]))
parts = torch.zeros(2, 3).unbind()
parts[0].add_(1)
print(parts)
attempt("leaf", lambda: x.add_(1))
attempt("leaf_view", lambda: x[0].add_(1))
attempt("leaf_view_view", lambda: x.view(6)[1:].add_(1))
attempt("leaf_setitem", lambda: setitem(x, 0, 1))
attempt("leaf_setitem_list", lambda: setitem(x, [0, 1], 1.0))
attempt("leaf_t", lambda: x.t().mul_(2))
attempt("leaf_detach", lambda: x.detach()[0].add_(1))
print(x)
attempt("leaf_view_no_grad_other", lambda: torch.zeros(2)[0].add_(x[0, 0]))
attempt("expand", lambda: z.expand(2, 2, 3).mul_(2))
attempt("expand_plain", lambda: torch.zeros(3).expand(2, 3).add_(1))
attempt("expand_setitem", lambda: setitem(torch.zeros(3).expand(2, 3), (slice(None), 0), 1.0))
e = torch.zeros(3).expand(2, 3)
e[0] = 5
print(e)
zz = x * 1
p, q = zz.unbind()
zz.mul_(2)
attempt("indirect", lambda: (p * 1).sum().backward())
zz = x * 1
v = zz[0:1]
w = v * v
zz.mul_(2)
attempt("saved_view", lambda: w.sum().backward())
zz = x * 1
e = zz.exp()
e[0].zero_()
attempt("saved_output", lambda: e.sum().backward())
zz = x * 1
s = zz.sigmoid()
s.t().mul_(2)
attempt("saved_sigmoid", lambda: s.sum().backward())
zz = x * 1
r = zz.relu()
for row in r:
    pass
with torch.no_grad():
    r[1] = 0
attempt("saved_relu_no_grad", lambda: r.sum().backward())
