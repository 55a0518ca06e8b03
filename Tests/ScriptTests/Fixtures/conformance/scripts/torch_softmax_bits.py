# softmax, log_softmax, cross_entropy and sigmoid to the last bit of float32: ATen's
# vectorized kernels (SLEEF exp, lane-wise reductions) along the last and inner dimensions.
import torch
import torch.nn.functional as F

torch.manual_seed(11)
for shape, dim in [((3, 5), 1), ((2, 17), 1), ((2, 40), -1), ((4, 3), 0), ((2, 3, 20), 1), ((37,), 0)]:
    x = torch.randn(*shape) * 4
    print(shape, dim)
    print(F.softmax(x, dim=dim).reshape(-1).tolist())
    print(F.log_softmax(x, dim=dim).reshape(-1).tolist())
logits = torch.randn(8, 5) * 2
target = torch.randint(0, 5, (8,))
print(F.cross_entropy(logits, target).item(), F.cross_entropy(logits, target, reduction="sum").item())
print(torch.softmax(logits, 1).sum(1).tolist())
z = torch.randn(70) * 5
print(torch.sigmoid(z).tolist())
print(torch.sigmoid(z[:9]).tolist())
