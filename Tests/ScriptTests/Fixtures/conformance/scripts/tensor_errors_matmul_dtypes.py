import torch
a = torch.tensor([1, 2, 3]); w = torch.randn(3, 3); v = torch.randn(3)
for f in [lambda: w @ a, lambda: a @ w, lambda: torch.mv(w, a), lambda: w.long() @ v, lambda: torch.mm(w, a.reshape(3, 1)), lambda: a @ v, lambda: torch.dot(a, v), lambda: w.double() @ v, lambda: v @ w.double(), lambda: w @ w.double(), lambda: torch.randn(2, 3, 3).double() @ v]:
    try:
        f()
    except RuntimeError as e:
        print(e)
