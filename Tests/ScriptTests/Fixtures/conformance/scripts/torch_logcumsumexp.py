import torch

x = torch.tensor([[0.5, -1.0, 2.0, 0.0], [3.0, 3.0, -2.0, 1.0]], requires_grad=True)
y = torch.logcumsumexp(x, dim=1)
print(y, y.grad_fn.name())
print(x.logcumsumexp(0))
print(torch.logcumsumexp(x, -1)[:, -1], torch.logsumexp(x, dim=1))
(y * torch.tensor([1.0, -2.0, 0.5, 3.0])).sum().backward()
print(x.grad)

inf = float("inf")
print(torch.tensor([-inf, -inf, 1.0, inf, 2.0]).logcumsumexp(0))
print(torch.tensor([1.0, float("nan"), 2.0]).logcumsumexp(0))
print(torch.tensor([-inf, -inf]).logcumsumexp(0))
print(torch.tensor([100.0, 100.0, 100.0]).logcumsumexp(0))
print(torch.tensor(2.5).logcumsumexp(0))
print(torch.tensor([1.0, 2.0, 3.0]).double().logcumsumexp(0))

torch.manual_seed(0)
z = torch.randn(3, 5, requires_grad=True)
w = z.logcumsumexp(dim=1)
print(w)
w.pow(2).sum().backward()
print(z.grad)

for f in [lambda: torch.arange(3).logcumsumexp(0), lambda: x.logcumsumexp(2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
