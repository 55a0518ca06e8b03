# torch.optim.Adagrad and Adadelta
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



opt = run(lambda p: torch.optim.Adagrad(p, lr=0.5))
print(opt)
run(lambda p: torch.optim.Adagrad(p, lr=0.5, lr_decay=0.1, initial_accumulator_value=0.2, weight_decay=0.05))
opt = run(lambda p: torch.optim.Adadelta(p))
print(opt)
run(lambda p: torch.optim.Adadelta(p, lr=2.0, rho=0.5, eps=1e-4, weight_decay=0.1))
