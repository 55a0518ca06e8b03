# softmax, log_softmax and cross_entropy, forward and backward, bit for bit (float reprs)
import torch
import torch.nn as nn

torch.manual_seed(5)
for k in [1, 2, 3, 10, 16, 17, 40]:
    x = torch.randn(7, k) * 3
    g = torch.randn(7, k)
    print(k, "log_softmax", torch.log_softmax(x, dim=1).flatten().tolist())
    print(k, "softmax", torch.softmax(x, dim=-1).flatten().tolist())
    for dim in [1, 0]:
        xr = x.clone().requires_grad_(True)
        torch.log_softmax(xr, dim=dim).backward(g)
        print(k, dim, "log_softmax grad", xr.grad.flatten().tolist())
        xr = x.clone().requires_grad_(True)
        torch.softmax(xr, dim=dim).backward(g)
        print(k, dim, "softmax grad", xr.grad.flatten().tolist())

# along a dimension with fewer than 16 positions after it
x = torch.randn(5, 3, 4)
print("dim 1", torch.softmax(x, dim=1).flatten().tolist())
print("dim 0", torch.log_softmax(x, dim=0).flatten().tolist())

loss_fn = nn.CrossEntropyLoss()
for n in [1, 10, 16, 17, 33, 100]:
    logits = (torch.randn(n, 3) * 2).requires_grad_(True)
    target = torch.randint(0, 3, (n,))
    loss = loss_fn(logits, target)
    loss.backward()
    print(n, "cross_entropy", loss.item(), logits.grad.flatten().tolist())
    total = nn.functional.cross_entropy(logits, target, reduction="sum")
    print(n, "sum", total.item())
    target[0] = -100
    print(n, "ignored", nn.functional.cross_entropy(logits, target).item())
