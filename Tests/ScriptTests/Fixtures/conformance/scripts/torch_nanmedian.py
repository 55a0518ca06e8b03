import torch

nan = float("nan")
x = torch.tensor([[1.0, nan, 3.0, 2.0], [nan, nan, nan, nan], [4.0, 4.0, nan, 1.0], [2.0, 5.0, 1.0, 3.0]], requires_grad=True)
print(torch.nanmedian(x))
print(x.median())
r = x.nanmedian(dim=1)
print(r)
print(r.values.grad_fn.name(), r.indices.dtype)
print(torch.nanmedian(x, dim=0, keepdim=True))
print(torch.nanmedian(x, 0).indices)
r.values.backward(torch.tensor([1.0, 2.0, 3.0, 4.0]))
print(x.grad)
x.grad = None
m = torch.nanmedian(x)
print(m.grad_fn.name())
m.backward()
print(x.grad)
print(torch.tensor([nan, nan]).nanmedian())
print(torch.tensor([3.0, 1.0, 2.0, 2.0, 5.0]).nanmedian(0))
print(torch.tensor([[1, 5, 3], [2, 2, 9]]).nanmedian(dim=1))
print(torch.tensor(7.0).nanmedian(), torch.tensor(7.0).nanmedian(0))
try:
    torch.nanmedian(x, dim=2)
except Exception as e:
    print(type(e).__name__, e)
