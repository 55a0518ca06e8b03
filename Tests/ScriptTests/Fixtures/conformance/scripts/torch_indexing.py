# indexing and slicing tensors
import torch

t = torch.tensor([10.0, 20.0, 30.0, 40.0])
print(t[1], t[-1], t[0:2], t[1:], t[:3], t[::2])
print(t[1].item(), len(t))
m = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(m[0], m[1][2], m[1][1:])
print(m[-1], m[0][0].item())
for row in m:
    print(row)
for value in t[:2]:
    print(value, value.item())
w = torch.tensor([1.0, 2.0], requires_grad=True)
print(w[0])
