import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
bn = nn.BatchNorm1d(3)
print(bn)
print(bn.num_features, bn.eps, bn.momentum, bn.affine, bn.track_running_stats)
print(bn.weight, bn.bias)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
print(list(bn.state_dict().keys()))
print([name for name, _ in bn.named_buffers()], [name for name, _ in bn.named_parameters()])
print(nn.BatchNorm1d(4, eps=1e-3, momentum=None, affine=False, track_running_stats=False))
print(nn.BatchNorm1d(2, bias=False))
plain = nn.BatchNorm1d(3, track_running_stats=False)
print(plain.running_mean, plain.num_batches_tracked, list(plain.state_dict().keys()))

x = (torch.randn(6, 3) * torch.tensor([1.0, 3.0, 0.5]) + torch.tensor([0.0, 2.0, -1.0])).requires_grad_()
y = bn(x)
print(y)
print(y.grad_fn.name(), bn.training)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
(y * torch.arange(18.0).reshape(6, 3)).sum().backward()
print(x.grad)
print(bn.weight.grad, bn.bias.grad)

for _ in range(3):
    bn(torch.randn(5, 3) * 2 + 1)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.eval()
z = bn(x)
print(z)
print(z.grad_fn.name(), bn.training)
x.grad = None
z.pow(2).sum().backward()
print(x.grad)
print(bn.running_mean, bn.num_batches_tracked)

cumulative = nn.BatchNorm1d(2, momentum=None)
for step in range(3):
    cumulative(torch.randn(4, 2) + step)
    print(cumulative.running_mean, cumulative.running_var, cumulative.num_batches_tracked)

seq = nn.BatchNorm1d(2, affine=False)
s = torch.randn(3, 2, 5, requires_grad=True)
t = seq(s)
print(t)
print(seq.running_mean, seq.running_var)
(t * torch.linspace(-1, 1, 30).reshape(3, 2, 5)).sum().backward()
print(s.grad)

untracked = nn.BatchNorm1d(2, track_running_stats=False)
untracked.eval()
print(untracked(torch.tensor([[1.0, 2.0], [3.0, 6.0]])))

bn2 = nn.BatchNorm2d(2)
print(bn2)
img = torch.randn(2, 2, 3, 3)
out2 = bn2(img)
print(out2[0, 0], out2.shape)
print(bn2.running_mean, bn2.running_var)

w = torch.tensor([2.0, 0.5], requires_grad=True)
b = torch.tensor([0.1, -0.1], requires_grad=True)
rm, rv = torch.zeros(2), torch.ones(2)
f = F.batch_norm(torch.tensor([[1.0, 2.0], [2.0, 4.0], [4.0, 8.0]]), rm, rv, w, b, training=True, momentum=0.5)
print(f)
print(rm, rv)
(f ** 3).sum().backward()
print(w.grad, b.grad)
print(F.batch_norm(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), rm, rv))
print(F.batch_norm(torch.randn(4, 3).double(), None, None, training=True))

model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 1))
print(model)
print(list(model.state_dict().keys()))

def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

fresh = nn.BatchNorm1d(3)
show(lambda: fresh(torch.randn(1, 3)))
print(fresh.num_batches_tracked)
show(lambda: fresh(torch.randn(2, 4)))
show(lambda: fresh(torch.randn(2)))
show(lambda: fresh(torch.randn(2, 3, 4, 5)))
show(lambda: nn.BatchNorm1d(3)(torch.randn(1, 3, 1)))
show(lambda: nn.BatchNorm2d(3)(torch.randn(2, 3, 4)))
show(lambda: F.batch_norm(torch.randn(1, 3), None, None, training=True))
show(lambda: F.batch_norm(torch.randn(4, 3), torch.zeros(2), torch.ones(3), training=True))
show(lambda: F.batch_norm(torch.randn(4, 3), None, None, training=False))
show(lambda: F.batch_norm(torch.arange(6).reshape(2, 3), None, None, training=True))
show(lambda: F.batch_norm(torch.randn(4, 3).double(), torch.zeros(3), torch.ones(3), training=True))
show(lambda: F.batch_norm(torch.randn(4, 3), None, None, training=True, eps=0.0))
print(nn.BatchNorm1d(3).eval()(torch.tensor([[1.0, -1.0, 0.5]])))
