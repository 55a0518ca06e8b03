# median, kthvalue and mode with many tied values: the indices torch's CPU kernels pick
# (nth_element over (value, index), TH's quickselect, std::sort then the longest run)
import torch

torch.manual_seed(11)
for n in [1, 2, 3, 5, 8, 17, 33, 64]:
    x = torch.randint(0, 4, (3, n)).float()
    print(n, x.median(1).indices.tolist(), x.median(dim=0).indices.tolist(), x.median().item())
    print(n, x.mode(1).indices.tolist(), x.mode(1).values.tolist(), torch.mode(x, 0).indices.tolist())
    for k in sorted(k for k in {1, 2, (n + 1) // 2, n - 1, n} if 1 <= k <= n):
        print(n, k, x.kthvalue(k).indices.tolist(), torch.kthvalue(x, k, 1).values.tolist())
    if n >= 3:
        print(n, x.kthvalue(2, dim=0).indices.tolist())

nan = float("nan")
y = torch.tensor([[1.0, nan, 3.0, 0.0, nan], [2.0, 2.0, 1.0, 2.0, 1.0]])
print(y.median(1), y.median(), y.kthvalue(4, 1), y.kthvalue(5), y.mode(1))
z = torch.tensor([[4, 4, 1, 1, 7], [0, 3, 3, 0, 3]])
print(z.median(1), z.median(), z.mode(), z.kthvalue(3, dim=1, keepdim=True))
print(torch.median(z.double(), 0, keepdim=True), torch.tensor(2.5).median(0), torch.tensor(3).kthvalue(1))

w = torch.tensor([[3.0, 1.0, 3.0, 2.0], [5.0, 5.0, 4.0, 2.0]], requires_grad=True)
m = w.median()
m.backward()
print(m, w.grad)
w.grad = None
v = w.median(1).values.sum() + w.kthvalue(2, 1).values.sum() * 2 + w.mode(0).values.sum() * 3
v.backward()
print(v, w.grad)
print(torch.tensor([]).median())


def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


err(lambda: torch.ones(2, 0).median(1))
err(lambda: torch.ones(2, 0).mode(1))
err(lambda: torch.ones(3).kthvalue(4))
err(lambda: torch.ones(3).kthvalue(0))
err(lambda: torch.ones(3).median(1))
