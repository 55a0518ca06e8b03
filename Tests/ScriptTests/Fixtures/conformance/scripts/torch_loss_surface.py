# the seed's loss surfaces evaluated on a meshgrid
import torch


def sin_loss_fn(w1, w2):
    return (torch.sin(w2) * torch.exp(1 - torch.cos(w1)) ** 2
            + torch.cos(w1) * torch.exp(1 - torch.sin(w2)) ** 2
            + (w1 - w2) ** 2)


def reg_loss_fn(w1, w2):
    return w1 ** 2 + w2 ** 2 + 1.8 * w1 * w2


x = torch.linspace(-3, 3, 7)
y = torch.linspace(-2, 2, 5)
X, Y = torch.meshgrid(x, y, indexing="ij")
Z = reg_loss_fn(X, Y)
print(Z)
S = sin_loss_fn(X, Y)
print(S)
print(f"reg: sum={Z.sum().item():.4f} mean={Z.mean().item():.4f}")
print(f"sin: sum={S.sum().item():.4f} mean={S.mean().item():.4f}")
print(S[3], S[3][2], S[0:2])
