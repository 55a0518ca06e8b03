import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
y = torch.diag_embed(x)
print(y, y.grad_fn.name())
print(torch.diag_embed(x, 1))
print(torch.diag_embed(x, offset=-1))
print(torch.diag_embed(x, -1, 0, 2).shape, torch.diag_embed(x, 0, 0, 1).shape, torch.diag_embed(x, 2, -1, 0).shape)
print(torch.diag_embed(x, 1, 0, 2))
print(x.diag_embed(dim1=2, dim2=0))
print(torch.diag_embed(torch.arange(3)))
print(torch.diag_embed(torch.tensor([5.0])))
(y * torch.arange(8.0).reshape(2, 2, 2)).sum().backward()
print(x.grad)
x.grad = None
torch.diag_embed(x, 1, 0, 2).pow(2).sum().backward()
print(x.grad)
z = torch.arange(24.0).reshape(2, 3, 4)
print(torch.diag_embed(z, -2).shape, torch.diag_embed(z, 0, 1, 3)[1, :, 2])

for args in [(0, 1, 1), (0, 0, 3), (0, -4, 0)]:
    try:
        torch.diag_embed(x, *args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    torch.diag_embed(torch.tensor(3.0))
except Exception as e:
    print(type(e).__name__, e)
