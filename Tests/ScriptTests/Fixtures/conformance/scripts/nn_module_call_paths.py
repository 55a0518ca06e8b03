# Every way a module call can be intercepted: the direct calls of library forwards must
# give way to each of them.
import torch
import torch.nn as nn

torch.manual_seed(3)
x = torch.randn(4, 3)
y = torch.tensor([0, 1, 1, 0])

lin = nn.Linear(3, 2)
print(lin(x))
print(lin(input=x))

# An instance attribute named forward wins over the class's.
lin.forward = lambda t: t.sum()
print(lin(x))
del lin.forward
print(lin(x).shape)

# A subclass overriding forward, and one overriding __call__.
class Doubled(nn.Linear):
    def forward(self, t):
        return super().forward(t) * 2

class Loud(nn.ReLU):
    def __call__(self, t):
        print("Loud called")
        return super().__call__(t)

d = Doubled(3, 2)
print(d(x))
print(Loud()(x - 0.5))

# Sequential on a tensor, on a non-tensor through a script module, with a patched child.
class Pair(nn.Module):
    def forward(self, t):
        return (t, t + 1)

class First(nn.Module):
    def forward(self, pair):
        return pair[0] * pair[1]

seq = nn.Sequential(nn.Linear(3, 3), nn.Tanh(), Pair(), First())
print(seq(x))
seq[1].forward = lambda t: t * 0
print(seq(x))
print(nn.Sequential()(5))

# Losses: positional, keywords, options changed after construction.
loss_fn = nn.CrossEntropyLoss()
out = d(x)
print(loss_fn(out, y))
print(loss_fn(input=out, target=y))
loss_fn.reduction = "sum"
print(loss_fn(out, y))
loss_fn.label_smoothing = 0.25
print(loss_fn(out, y))
mse = nn.MSELoss()
print(mse(out, torch.zeros(4, 2)))

# A script subclass of a loss with its own forward.
class Halved(nn.MSELoss):
    def forward(self, a, b):
        return super().forward(a, b) / 2

print(Halved()(out, torch.zeros(4, 2)))
print(callable(lin), callable(loss_fn), callable(seq))
