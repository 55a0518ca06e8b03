# Class weights, ignore_index and label smoothing in the classification losses,
# and the dtype checks of the binary losses.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(7)
logits = torch.randn(6, 3, requires_grad=True)
target = torch.tensor([0, 2, 1, 2, 2, 0])
w = torch.tensor([0.2, 1.0, 3.0])

ce = nn.CrossEntropyLoss(weight=w)
loss = ce(logits, target)
print(loss)
loss.backward()
print(logits.grad)
print(F.cross_entropy(logits, target, weight=w, reduction="sum"))
print(F.cross_entropy(logits, target, weight=w, reduction="none"))
print(F.cross_entropy(logits, target, weight=w, ignore_index=2))
print(F.cross_entropy(logits, target, weight=w, label_smoothing=0.2))
print(F.cross_entropy(logits, target, weight=w, label_smoothing=0.2, ignore_index=0))
probs = F.softmax(torch.randn(6, 3), dim=1)
print(F.cross_entropy(logits, probs, weight=w))

logp = F.log_softmax(logits.detach(), dim=1)
nll = nn.NLLLoss(weight=w, ignore_index=1)
print(nll(logp, target))
print(nn.NLLLoss(weight=w, reduction="none")(logp, target))
print(F.nll_loss(logp, target, weight=w, reduction="sum"))
x = logp.clone().requires_grad_(True)
F.nll_loss(x, target, weight=w).backward()
print(x.grad)

big = torch.randn(40, 5)
labels = torch.randint(0, 5, (40,))
print(F.nll_loss(big, labels))
print(F.nll_loss(big, labels, weight=torch.arange(1., 6.)))

try:
    F.cross_entropy(logits, target, weight=torch.ones(4))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    F.binary_cross_entropy(torch.full((2,), 0.5), torch.tensor([0, 1]))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    F.binary_cross_entropy(torch.full((2,), 0.5).double(), torch.ones(2))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    F.binary_cross_entropy_with_logits(torch.zeros(2), torch.tensor([0, 1]))
except RuntimeError as e:
    print("RuntimeError:", e)

sd = nn.Linear(2, 1).state_dict()
print(sd.keys())
print(list(sd.keys()), len(sd.values()))
for k, v in sd.items():
    print(k, tuple(v.shape))
