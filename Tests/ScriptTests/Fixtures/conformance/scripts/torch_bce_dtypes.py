# BCELoss and BCEWithLogitsLoss with float64 and mixed float32/float64 inputs, targets,
# weights and pos_weight: result dtypes, values, gradients and errors as PyTorch's.
import torch
import torch.nn as nn
import torch.nn.functional as F


def attempt(label, f):
    try:
        print(label, f())
    except RuntimeError as e:
        print(label, "RuntimeError:", e)


torch.manual_seed(0)
logits32 = torch.randn(4, 3)
logits64 = logits32.double()
targets32 = (torch.rand(4, 3) > 0.5).float()
targets64 = targets32.double()
probs32 = torch.sigmoid(logits32)
probs64 = torch.sigmoid(logits64)
soft32 = torch.rand(4, 3)
for xn, x in [("x32", logits32), ("x64", logits64)]:
    for yn, y in [("y32", targets32), ("y64", targets64), ("soft32", soft32), ("soft64", soft32.double())]:
        print(xn, yn, F.binary_cross_entropy_with_logits(x, y))
        print(nn.BCEWithLogitsLoss(reduction="sum")(x, y))
        print(nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0, 0.5, 1.0]))(x, y))
        print(nn.BCEWithLogitsLoss(pos_weight=torch.tensor([3.0], dtype=torch.float64))(x, y))
        print(nn.BCEWithLogitsLoss(weight=torch.tensor([1.0, 2.0, 0.5]).double())(x, y))
        print(F.binary_cross_entropy_with_logits(x, y, reduction="none")[0])
for xn, x in [("p32", probs32), ("p64", probs64)]:
    for yn, y in [("y32", targets32), ("y64", targets64)]:
        attempt(f"bce {xn} {yn}", lambda: F.binary_cross_entropy(x, y))
        attempt(f"BCELoss {xn} {yn}", lambda: nn.BCELoss(reduction="sum")(x, y))
        attempt(f"weight64 {xn} {yn}", lambda: nn.BCELoss(weight=torch.tensor([1.0, 2.0, 0.5]).double())(x, y))
        attempt(f"weight32 {xn} {yn}", lambda: nn.BCELoss(weight=torch.tensor([1.0, 2.0, 0.5]))(x, y))
attempt("bce long target", lambda: F.binary_cross_entropy(probs32, targets32.long()))
attempt("bce long target64", lambda: F.binary_cross_entropy(probs64, targets32.long()))
attempt("logits long target", lambda: F.binary_cross_entropy_with_logits(logits32, targets32.long()))
attempt("logits long target64", lambda: F.binary_cross_entropy_with_logits(logits64, targets32.long()))
attempt("bce long input", lambda: F.binary_cross_entropy(targets32.long(), targets32))

for xn, x0 in [("x32", logits32), ("x64", logits64)]:
    for yn, y in [("y32", targets32), ("y64", targets64)]:
        x = x0.clone().requires_grad_()
        loss = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0, 0.5, 1.0]))(x, y)
        loss.backward()
        print(xn, yn, loss, x.grad.dtype)
        print(x.grad)
        x = x0.clone().requires_grad_()
        loss = F.binary_cross_entropy_with_logits(x, y, weight=torch.tensor([0.5, 1.0, 2.0]).double(), reduction="sum")
        loss.backward()
        print(loss)
        print(x.grad)
p = probs64.clone().requires_grad_()
loss = nn.BCELoss()(p, targets64)
loss.backward()
print(loss)
print(p.grad)
p = probs32.clone().requires_grad_()
loss = nn.BCELoss()(p, targets32.double())
