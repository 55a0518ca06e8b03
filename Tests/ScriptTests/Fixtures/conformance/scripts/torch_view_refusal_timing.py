# Views PyTorch refuses to write in place: outputs of unbind/split/chunk and views made
# under no_grad. The error comes at the in-place operation itself, or, after the base
# changed in place, at the first use of the view.
import torch

torch.manual_seed(0)
x = torch.randn(4, 3, requires_grad=True)
y = x * 2


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except RuntimeError as e:
        print(label, "->", e)


a, b = y.unbind(0)[:2]
attempt("unbind mul_", lambda: a.mul_(2))
p, q = y.split(2)
attempt("split add_", lambda: p.add_(1))
attempt("chunk zero_", lambda: y.chunk(2)[1].zero_())
attempt("view of split", lambda: p.view(-1).add_(1))
attempt("t of split", lambda: p.t().mul_(1))
attempt("slice of split", lambda: p[:, 1:].mul_(1))
attempt("unsqueeze of unbind", lambda: y.unbind(1)[2].unsqueeze(0).mul_(1))

for label, idx in [("int", 0), ("slice", slice(1, None)), ("column", (slice(None), 1)),
                   ("two ints", (0, 1)), ("ellipsis", ...), ("None", None), ("mask", p > 0),
                   ("list", [0]), ("negative", -1), ("int then slice", (0, slice(0, 2))),
                   ("slice then int", (slice(0, 1), 2)), ("full slice", slice(None))]:
    def assign():
        p[idx] = 1.0
    attempt("split setitem " + label, assign)

with torch.no_grad():
    v = y[1:]
attempt("no_grad view mul_", lambda: v.mul_(3))
for label, idx in [("int", 0), ("column", (slice(None), 1)), ("mask", v > 0), ("ellipsis", ...)]:
    def assign_v():
        v[idx] = 1.0
    attempt("no_grad view setitem " + label, assign_v)
with torch.no_grad():
    w = x[0]
attempt("no_grad view of leaf", lambda: w.mul_(2))


def in_no_grad():
    with torch.no_grad():
        u = y[0]
        u.mul_(2)
    return "fine inside no_grad"


attempt("both in no_grad", in_no_grad)

# The base changes: each part's grad_fn becomes invalid.
parts = y.unbind(0)
y.mul_(2)
print(parts[0])
print(parts[1].requires_grad)
attempt("is_leaf", lambda: parts[0].is_leaf)
attempt("grad_fn", lambda: parts[0].grad_fn)
attempt("detach", lambda: parts[0].detach())
attempt("sum", lambda: parts[0].sum())
attempt("clone", lambda: parts[0].clone())
attempt("other + part", lambda: torch.ones(3) + parts[1])
attempt("index", lambda: parts[2][0])
with torch.no_grad():
    attempt("no_grad use", lambda: parts[0] * 2)

with torch.no_grad():
    n = y[2:]
y.add_(1)
attempt("no_grad view after base change", lambda: n * 2)

# Leaves without history: nothing to refuse.
z = torch.randn(4, 3)
zp, zq = z.split(2)
zp.add_(1)
print(z)

first, second = x.chunk(2)
attempt("split of a leaf", lambda: first.mul_(2))

h = y.split(1)
y.sub_(1)
total = h[0].sum() * 2
print(total)
