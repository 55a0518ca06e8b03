# Library classes CPython defines in Python take attributes; C types refuse them.
import torch
import torch.nn as nn
import collections

nn.Linear.foo = 1
print(nn.Linear.foo, nn.Linear(2, 1).foo, getattr(nn.Linear, "foo"))
print("foo" in nn.Linear.__dict__)


def describe(self):
    return type(self).__name__ + " with " + str(sum(p.numel() for p in self.parameters())) + " parameters"


nn.Module.describe = describe
print(nn.Linear(3, 2).describe())
print(nn.Sequential(nn.Linear(2, 2), nn.ReLU()).describe())


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 1)


print(Net().describe())

torch.Tensor.double_it = lambda self: self * 2
print(torch.ones(2).double_it())

torch.optim.Optimizer.kind = "optimizer"
w = torch.zeros(2, requires_grad=True)
print(torch.optim.SGD([w], lr=0.1).kind, torch.optim.Adam.kind)

setattr(nn.ReLU, "tag", "activation")
print(nn.ReLU.tag, hasattr(nn.ReLU(), "tag"), hasattr(nn.Tanh, "tag"))
del nn.ReLU.tag
print(hasattr(nn.ReLU, "tag"))

collections.Counter.total_twice = lambda self: 2 * sum(self.values())
print(collections.Counter("aab").total_twice())

for cls in (torch.Size, type(torch.float32), type(torch.device("cpu")), collections.OrderedDict, int):
    try:
        cls.foo = 1
    except TypeError as e:
        print(type(e).__name__, e)

try:
    del nn.Linear.bar
except AttributeError as e:
    print(type(e).__name__, e)
