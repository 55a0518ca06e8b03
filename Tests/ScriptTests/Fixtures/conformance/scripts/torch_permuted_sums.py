# sum/mean over some dims of permuted, transposed and sliced views, and over dims that are
# not adjacent, bit for bit: ATen's TensorIterator puts the reduced dims innermost (ordered by
# the input's strides), merges what it can, and cascade-sums each plane into the output.
import torch

torch.manual_seed(11)
for k in range(24):
    r = 2 + k % 3
    shape = torch.randint(1, [40, 24, 12][r - 2], (r,)).tolist()
    z = torch.randn(shape)
    perm = torch.randperm(r).tolist()
    p = z.permute(perm)
    dims = torch.randperm(r)[:1 + k % (r - 1)].tolist()
    print(shape, perm, dims)
    print(p.sum(dim=dims).tolist())
    print(p.mean(dim=dims, keepdim=True).tolist())
    print(z.sum(dim=dims).tolist())

w = torch.randn(50, 37)
print(w.t().sum(0).tolist(), w.t().sum(1).tolist(), w.t().mean(0).tolist())
print(w[:, ::3].sum(1).tolist(), w[::2].sum(0).tolist(), w[1::2, 5:30:2].mean(0).tolist())
c = torch.randn(9, 10, 11, dtype=torch.float64)
print(c.permute(2, 0, 1).sum((0, 2)).tolist(), c.sum((0, 2)).tolist())
x = torch.randn(6, 20, 33)
print(x.sum((0, 2)).tolist(), x.transpose(0, 2).sum((1, 2)).tolist(), x[:, 3].sum(0).tolist())

# broadcast gradients sum over the broadcast dims (sum_to) the same way
b = torch.randn(1, 20, 1, requires_grad=True)
(x * b).sum().backward()
print(b.grad.reshape(-1).tolist())

# whole sums and means of views with gaps: one plane at a time, as ATen's loop runs
for v in [w[:, ::2], w[::3, 1::2], c[:, ::2, 1:].permute(1, 2, 0), x[1::2, :, ::4]]:
    print(v.sum().item(), v.mean().item())
