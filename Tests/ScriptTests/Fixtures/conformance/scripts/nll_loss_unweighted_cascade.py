# nll_loss without class weights, "mean" and "sum" (the reductions nn.CrossEntropyLoss runs
# on every training step): long batches whose sums go through ATen's cascade (levels flushed
# every 16 and 256 samples), ignore_index landing on flush positions, the gradients, and a
# target out of range.
import torch
import torch.nn.functional as F

torch.manual_seed(7)
logp = torch.randn(600, 3) * 3
labels = torch.randint(0, 3, (600,))
print(F.nll_loss(logp, labels).item(), F.nll_loss(logp, labels, reduction="sum").item())

holes = labels.clone()
holes[0] = -100
holes[16] = -100
holes[256] = -100
holes[512:530] = -100
print(F.nll_loss(logp, holes).item(), F.nll_loss(logp, holes, reduction="sum").item())
print(F.nll_loss(logp, labels, ignore_index=2).item(), F.nll_loss(logp, labels, ignore_index=0, reduction="sum").item())

x = logp[:40].clone().requires_grad_()
F.nll_loss(x, holes[:40]).backward()
print(x.grad[:20])
x.grad = None
(F.nll_loss(x, labels[:40], reduction="sum") * 0.5).backward()
print(x.grad.sum(0), x.grad[:3])

v = torch.tensor([0.5, -1.25, 2.0], requires_grad=True)
F.nll_loss(v, torch.tensor(1)).backward()
print(v.grad)

everything = torch.full((5,), -100)
print(F.nll_loss(logp[:5], everything))

bad = labels[:30].clone()
bad[21] = 3
F.nll_loss(logp[:30], bad)
