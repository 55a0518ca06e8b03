# torch.optim.Adamax, NAdam and RAdam
import torch


def loss_fn(w1, w2):
    return w1 ** 2 + w2 ** 2 + 1.8 * w1 * w2 + torch.sin(w1) * 0.5


def run(make, steps=6):
    w1 = torch.tensor(1.5, requires_grad=True)
    w2 = torch.tensor(-0.5, requires_grad=True)
    optimizer = make([w1, w2])
    for step in range(steps):
        optimizer.zero_grad()
        loss = loss_fn(w1, w2)
        loss.backward()
        optimizer.step()
        print(f"{step}: loss={loss.item():.6f} w1={w1.item():.6f} w2={w2.item():.6f}")
    print(w1, w2)
    return optimizer



opt = run(lambda p: torch.optim.Adamax(p, lr=0.2))
print(opt)
run(lambda p: torch.optim.Adamax(p, lr=0.2, betas=(0.7, 0.9), weight_decay=0.1))
opt = run(lambda p: torch.optim.NAdam(p, lr=0.2))
print(opt)
run(lambda p: torch.optim.NAdam(p, lr=0.2, momentum_decay=0.01, decoupled_weight_decay=True, weight_decay=0.1))
opt = run(lambda p: torch.optim.RAdam(p, lr=0.2), steps=8)
print(opt)
run(lambda p: torch.optim.RAdam(p, lr=0.2, decoupled_weight_decay=True, weight_decay=0.1), steps=8)
