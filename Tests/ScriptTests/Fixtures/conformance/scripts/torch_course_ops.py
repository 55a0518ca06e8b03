# ops course code uses: logsumexp, tril/triu (and in place), diag, roll, swapaxes/movedim,
# unflatten, logspace, index_add(_), Module.get_submodule, with torch's grad_fn names and errors
import torch
import torch.nn as nn

x = torch.tensor([[3.0, 1.0, 2.0, 1.0], [5.0, 5.0, 4.0, 2.0], [0.5, -1.0, 0.5, 7.0]], requires_grad=True)
print(torch.logsumexp(x, 1), x.logsumexp(dim=0, keepdim=True), x.logsumexp((0, 1)))
print(torch.logsumexp(torch.tensor([float("inf"), 1.0]), 0), torch.logsumexp(torch.tensor([float("-inf")] * 2), 0))
print(torch.logsumexp(torch.tensor([[1, 2], [3, 4]]), 1))
print(torch.logsumexp(torch.tensor([100.0, 100.0, -50.0], dtype=torch.float64), 0))
x.logsumexp(1).sum().backward()
print(x.grad)

print(torch.tril(x), x.triu(1), x.tril(-1), torch.triu(x, diagonal=-1))
b = torch.arange(24.0).reshape(2, 3, 4)
print(b.tril(1), torch.triu(b, 2))
m = torch.ones(3, 3)
print(m.tril_(), m, m.triu_(diagonal=1))
x.grad = None
(x.tril() * 2 + x.triu(2)).sum().backward()
print(x.grad)

print(torch.diag(x), torch.diag(x[0]), torch.diag(x, 1), x.diag(-1), x.diag(5))
print(torch.diag(torch.tensor([1, 2]), 1), torch.diag(torch.tensor([1.0, 2.0, 3.0]), -2))
v = torch.tensor([1.0, 2.0], requires_grad=True)
(torch.diag(v) * torch.tensor([[1.0, 2.0], [3.0, 4.0]])).sum().backward()
print(v.grad)

print(torch.roll(x, 1), x.roll(1, 0), x.roll((1, -1), (0, 1)), x.roll(-5, dims=1), torch.roll(x, shifts=2, dims=-1))
print(torch.tensor(5.0).roll(1), torch.arange(6).roll(2))
x.grad = None
(x.roll(1, 1) * torch.arange(4.0)).sum().backward()
print(x.grad)

s = x.swapaxes(0, 1)
print(s, torch.movedim(x, 0, 1), x.swapdims(1, 0).shape, b.movedim(0, -1).shape, torch.moveaxis(b, (0, 1), (2, 0)).shape)
print(b.movedim((2, 0), (0, 1)).shape, b.movedim((2, 0), (0, 1)).is_contiguous(), b.movedim(1, 1).shape)
u = x.unflatten(1, (2, 2))
print(u, torch.unflatten(b, -1, (2, -1)).shape, b.unflatten(0, (1, 2)).shape)
h = torch.zeros(2, 6)
h.unflatten(1, (3, 2))[0, 1] = 7.0
h.swapaxes(0, 1)[5, 1] = -1.0
print(h)

print(torch.logspace(0, 2, 5), torch.logspace(0, 1, 3, base=2), torch.logspace(-2, 2, 7).tolist())
print(torch.logspace(1, 3, 1), torch.logspace(0, 1, 0), torch.logspace(0.5, -3.25, 6, dtype=torch.float64).tolist())
print(torch.logspace(0, 3, 4, base=3.5).tolist(), torch.logspace(-1, 1, 5, base=0.5).tolist())

acc = torch.zeros(4, 2)
src = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
print(acc.index_add_(0, torch.tensor([0, 2, 0]), src), acc)
print(torch.zeros(2, 3).index_add(1, torch.tensor([2, 0, 2]), torch.ones(2, 3), alpha=0.5))
print(torch.zeros(3, dtype=torch.long).index_add_(0, torch.tensor([1, 1]), torch.tensor([4, 5])))
p = torch.zeros(3, requires_grad=True)
q = torch.tensor([1.0, 2.0], requires_grad=True)
r = p.index_add(0, torch.tensor([2, 0]), q, alpha=3)
print(r)
(r * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(p.grad, q.grad)
c = p.clone()
c.index_add_(0, torch.tensor([1]), q[:1])
print(c)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(2, 3), nn.ReLU())
        self.head = nn.Linear(3, 1)
        self.scale = 2.0


torch.manual_seed(0)
net = Net()
print(net.get_submodule("body"), net.get_submodule("body.0"), net.get_submodule("head"), net.get_submodule("") is net)


def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


err(lambda: net.get_submodule("tail"))
err(lambda: net.get_submodule("body.5"))
err(lambda: net.get_submodule("scale"))
err(lambda: net.get_submodule("head.weight"))
err(lambda: torch.tril(torch.ones(3)))
err(lambda: torch.ones(3).triu_())
err(lambda: torch.diag(torch.ones(2, 2, 2)))
err(lambda: x.roll((1, 2), (0,)))
err(lambda: x.roll(1, 2))
err(lambda: x.unflatten(1, (3, 2)))
err(lambda: x.unflatten(1, (-1, 3)))
err(lambda: torch.movedim(x, (0, 1), (1,)))
err(lambda: torch.movedim(x, (0, 0), (1, 0)))
err(lambda: torch.movedim(x, 2, 0))
err(lambda: torch.logsumexp(x, 2))
err(lambda: torch.logspace(0, 1, -1))
err(lambda: torch.zeros(3).index_add_(0, torch.tensor([3]), torch.ones(1)))
err(lambda: torch.zeros(3).index_add_(0, torch.tensor([0, 1]), torch.ones(3)))
err(lambda: torch.zeros(3).index_add_(0, torch.tensor([0.0]), torch.ones(1)))
