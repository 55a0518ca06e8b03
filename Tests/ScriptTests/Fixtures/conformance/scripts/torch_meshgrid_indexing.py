import torch

xs = torch.tensor([1.0, 2.0, 3.0])
ys = torch.tensor([10.0, 20.0])
for indexing in ["ij", "xy"]:
    a, b = torch.meshgrid(xs, ys, indexing=indexing)
    print(indexing, a.shape, b.shape)
    print(a)
    print(b)
zs = torch.tensor([5.0, 6.0, 7.0, 8.0])
a, b, c = torch.meshgrid(xs, ys, zs, indexing="xy")
print(a.shape, b.shape, c.shape)
print(c[1, 2])
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
gx, gy = torch.meshgrid(w, ys, indexing="xy")
(gx * gy).sum().backward()
print(w.grad)
