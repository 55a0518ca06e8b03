# indexing: ints, slices with steps, None, ..., bool masks, int tensors and lists
import torch

x = torch.arange(24).reshape(2, 3, 4)
print(x[1], x[-1, 0], x[0, 1, 2], x[1][2][3])
print(x[:, 1], x[..., 2], x[0, ::2, 1::2], x[:, -2:, :1])
print(x[None].shape, x[:, None, 1].shape, x[..., None].shape)
print(x[x > 15], x[x % 5 == 0])
print(x[0][[0, 2]], x[0, [0, 2], [1, 3]], x[[1, 0]].shape)
print(x[:, [0, 2]].shape, x[[0, 1], :, [0, 3]].shape, x[:, [0, 1], [1, 2]])
idx = torch.tensor([2, 0])
print(x[0, idx], x[0][:, idx])
mask = torch.tensor([True, False, True])
print(x[:, mask].shape, x[1, mask])
f = torch.linspace(0, 1, 6)
print(f[1:5:2], f[-3:], f[::-1] if False else f[torch.arange(5, -1, -1)])
print(f[f > 0.5], f[torch.tensor(2)])
row = x[0]
print(row.shape, x[0, 0, 0].item(), x.shape[0])
for r in torch.tensor([[1.0, 2.0], [3.0, 4.0]]):
    print(r)
