# cross_entropy / CrossEntropyLoss / nll_loss on (N, C, d1, ...) inputs with (N, d1, ...)
# targets: values, grad_fn names, weight=, ignore_index, label_smoothing, and the shape errors
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)
x = torch.randn(2, 3, 4, requires_grad=True)
t = torch.randint(0, 3, (2, 4))
for r in ["mean", "sum", "none"]:
    print(F.cross_entropy(x, t, reduction=r))
    print(F.nll_loss(x, t, reduction=r))

loss = F.cross_entropy(x, t)
loss.backward()
print(x.grad)

x.grad = None
w = torch.tensor([1.0, 2.0, 0.5])
t2 = t.clone()
t2[0, 1] = 1
t2[1, 3] = 1
loss = nn.CrossEntropyLoss(weight=w, ignore_index=1)(x, t2)
loss.backward()
print(loss, x.grad)
print(nn.CrossEntropyLoss(reduction="none")(x, t2))
print(F.cross_entropy(x, t2, label_smoothing=0.1, ignore_index=1))
print(F.cross_entropy(x, t2, label_smoothing=0.2, weight=w, reduction="sum"))
print(F.cross_entropy(x, t2, label_smoothing=0.3, ignore_index=2))

# image-like (N, C, H, W)
x4 = torch.randn(2, 3, 2, 2, requires_grad=True)
t4 = torch.randint(0, 3, (2, 2, 2))
out = F.nll_loss(F.log_softmax(x4, dim=1), t4, reduction="none")
print(out)
out.sum().backward()
print(x4.grad)
print(nn.NLLLoss(weight=w)(x4, t4))
print(nn.CrossEntropyLoss(ignore_index=0)(x4, t4))

# five dims, and class probabilities of the input's shape
x5 = torch.randn(2, 3, 2, 1, 2, requires_grad=True)
t5 = torch.randint(0, 3, (2, 2, 1, 2))
print(F.cross_entropy(x5, t5, reduction="none"))
print(F.cross_entropy(x5, t5))
p = torch.softmax(torch.randn(2, 3, 4), dim=1)
print(F.cross_entropy(x, p), F.cross_entropy(x, p, reduction="none"))

# a 1-d input with a 0-d or one-element target
print(F.nll_loss(torch.tensor([1.0, 2.0]), torch.tensor([1]), reduction="none"))
print(F.cross_entropy(torch.tensor([1.0, 2.0, 0.5]), torch.tensor(2)))

# everything ignored: mean is nan, sum is 0
print(F.nll_loss(x, torch.full((2, 4), -100)), F.nll_loss(x, torch.full((2, 4), -100), reduction="sum"))


def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


err(lambda: F.cross_entropy(x, torch.zeros(2, 5, dtype=torch.long)))
err(lambda: F.cross_entropy(x, torch.zeros(3, 4, dtype=torch.long)))
err(lambda: F.cross_entropy(x, torch.zeros(2, dtype=torch.long)))
err(lambda: F.cross_entropy(x, torch.zeros(2, 4, 1, dtype=torch.long)))
err(lambda: F.cross_entropy(x4, torch.zeros(2, 2, dtype=torch.long)))
err(lambda: F.cross_entropy(x4, torch.zeros(2, 2, 3, dtype=torch.long)))
err(lambda: F.nll_loss(x4, torch.zeros(2, 2, 2)))
err(lambda: F.nll_loss(x4, t4, weight=torch.ones(4)))
err(lambda: F.nll_loss(x5, torch.zeros(2, 2, 1, dtype=torch.long)))
err(lambda: F.nll_loss(torch.tensor(1.0), torch.tensor(0)))
err(lambda: F.cross_entropy(torch.randn(3, 2), torch.zeros(3, 2, dtype=torch.long)))
err(lambda: F.nll_loss(torch.randn(2, 3), torch.zeros(2, 1)))
err(lambda: F.nll_loss(torch.randn(2, 3), torch.zeros(2)))
err(lambda: F.nll_loss(torch.tensor([1.0, 2.0]), torch.tensor([0, 1])))
err(lambda: F.nll_loss(x, torch.full((2, 4), 5)))
err(lambda: F.cross_entropy(x, torch.zeros(2, 4)))
err(lambda: F.cross_entropy(x, p, ignore_index=0))
nn.CrossEntropyLoss()(x4, torch.zeros(2, 2, 3, dtype=torch.long))
