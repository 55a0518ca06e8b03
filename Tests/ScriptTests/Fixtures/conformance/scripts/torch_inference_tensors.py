# Tensors made under torch.inference_mode(): usable outside it, but not writable in place
# nor made to require grad there.
import torch

torch.manual_seed(0)
x = torch.randn(3, requires_grad=True)


def attempt(label, f):
    try:
        print(label, "ok", f())
    except RuntimeError as e:
        print(label, "->", e)


with torch.inference_mode():
    w = torch.ones(3)
    y = x * 2
    print(w.is_inference(), y.is_inference(), y.requires_grad)
    w.mul_(3)
    print(w)
print(x.is_inference(), (w * 2).is_inference())
attempt("mul_ outside", lambda: w.mul_(2))
print(w)
attempt("add", lambda: w + 1)
attempt("requires_grad_", lambda: w.requires_grad_())
attempt("backward", lambda: y.sum().backward())
attempt("clone then mul_", lambda: w.clone().mul_(2))


@torch.inference_mode()
def predict(t):
    return t * 10


p = predict(x)
print(p, p.is_inference(), p.requires_grad)
with torch.no_grad():
    q = x * 3
print(q.is_inference())
q.mul_(2)
print(q)
