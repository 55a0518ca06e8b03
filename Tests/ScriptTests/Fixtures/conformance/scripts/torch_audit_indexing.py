import torch

t = torch.arange(20.0).reshape(4, 5)
print(t[1], t[-1, -2], t[1:3], t[::2], t[:, 1::2], t[1, 1:4:2])
print(t[None].shape, t[:, None].shape, t[..., 0], t[..., None].shape, t[0, ...])
print(t[t > 12], t[[0, 2]], t[[0, 2], [1, 3]], t[torch.tensor([3, 0])], t[:, [4, 0]])
print(t[torch.tensor([[0, 1], [2, 3]])].shape, t[[True, False, True, False]])
print(t[1:3, [0, 4]], t[torch.tensor([0, 1]), 2:4])
u = t.clone()
u[u > 15] = 0
u[0] = -1
u[:, 0] = torch.tensor([9.0, 8.0, 7.0, 6.0])
u[[1, 2], [1, 2]] = 100
u[2:, 3:] = 5
u[..., -1] += 1
u[torch.tensor([0, 3]), 1] *= 2
print(u)
v = torch.zeros(5)
v[torch.tensor([0, 0, 1])] += 1
print(v)
w = torch.zeros(3, 3)
w[torch.eye(3, dtype=torch.bool)] = torch.tensor([1.0, 2.0, 3.0])
print(w)
w[1] = 4
w[:, 2] = torch.tensor([7.0, 8.0, 9.0])
print(w)
print(t[1][2], t[1, 2].item(), t[-1][-1].item())
x = torch.arange(6)
x[x % 2 == 0] *= 10
print(x)
x[1:4] = torch.tensor([0, 0, 0])
print(x)
print(torch.arange(10)[2:8:3], torch.arange(10)[-3:], torch.arange(10)[::-1] if False else torch.arange(10).flip(0))
print(t.masked_fill(t < 5, -1.0)[0], torch.where(t > 10, t, torch.zeros_like(t))[2])
b = torch.zeros(2, 3, 4)
b[0, :, 1] = 1
b[1, 1] = torch.arange(4.0)
b[:, -1, ::2] = 3
print(b)
print(t[torch.tensor(1)], t[torch.tensor([True, False, True, True])].shape)
