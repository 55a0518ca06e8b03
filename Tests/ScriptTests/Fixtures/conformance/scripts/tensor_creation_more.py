# creation: dtype inference, zeros/ones/full/empty and _like, arange, linspace, eye, legacy constructors, device API
import torch

print(torch.tensor([[1, 2], [3, 4]]), torch.tensor([[1, 2.0]]), torch.tensor([True, 1]), torch.tensor([[True], [False]]))
print(torch.zeros((2, 3)), torch.ones([2]), torch.full((2, 2), 7), torch.full((2,), 0.5), torch.zeros(2, dtype=torch.long))
print(torch.empty(2, 3).shape, torch.zeros_like(torch.ones(2, 2)), torch.ones_like(torch.tensor([1, 2])))
print(torch.full_like(torch.ones(3), 4.0), torch.empty_like(torch.ones(2)).shape)
print(torch.eye(2), torch.eye(2, 3), torch.eye(3, dtype=torch.int64))
print(torch.arange(0, 1, 0.1), torch.arange(10, 0, -3), torch.linspace(0, 10, 11))
print(torch.Tensor([1, 2, 3]), torch.FloatTensor([[1, 2]]), torch.LongTensor([1, 2]), torch.Tensor(2, 3).shape)
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
print(device, repr(device), device.type, torch.cuda.is_available())
t = torch.tensor([1.0, 2.0], device=device)
print(t.to(device), t.cpu(), t.device, t.to("cpu"), torch.zeros(2, device="cpu"))
print(torch.tensor(5).item(), torch.tensor([[1.5]]).item(), torch.tensor([1, 2]).tolist(), torch.tensor([[1.0], [2.0]]).tolist())
x = torch.tensor([1.0, 2.0], requires_grad=True)
print(x.detach(), x.clone(), x.detach().requires_grad, x.requires_grad_(False), x.numel(), x.is_floating_point())
print(torch.is_tensor(x), isinstance(x, torch.Tensor), type(x), torch.tensor(1).dim())
