# sort, argsort and topk with tied values: the order of tied indices as torch's CPU kernels
# (libstdc++'s introsort, partial_sort, nth_element; stable_sort when stable=True) leave it
import torch

torch.manual_seed(7)
for n in [5, 16, 17, 33, 100, 300]:
    x = torch.randint(0, 4, (n,)).float()
    print(n, x.sort().indices.tolist())
    print(n, x.sort(descending=True).indices.tolist())
    print(n, torch.sort(x, stable=True).indices.tolist())
    print(n, x.argsort(descending=True).tolist(), x.argsort(stable=True).tolist())
    for k in sorted({1, 2, 3, 4, n // 3, n // 2, n - 2, n - 1, n}):
        print(n, k, x.topk(k).indices.tolist())
        print(n, k, x.topk(k, largest=False).indices.tolist())
        print(n, k, x.topk(k, sorted=False).indices.tolist())
        print(n, k, torch.topk(x, k, largest=False, sorted=False).indices.tolist())

m = torch.randint(0, 3, (4, 20))
print(m.sort(dim=1))
print(m.sort(dim=0, descending=True))
print(m.topk(5, dim=1))
print(m.topk(3, dim=0, largest=False))
print(torch.topk(m.double(), 7, dim=-1, sorted=False))

nan = float("nan")
y = torch.tensor([1.0, nan, 3.0, 3.0, nan, -1.0, 3.0, 0.0, 1.0, nan, 2.0, 2.0, 1.0, 3.0, 0.0, 1.0, 2.0, 3.0])
print(y.sort())
print(y.sort(descending=True))
print(y.topk(4), y.topk(4, largest=False))
print(y.topk(10, sorted=False))

w = torch.tensor([[2.0, 5.0, 5.0, 1.0], [7.0, 7.0, 0.0, 0.0], [3.0, 3.0, 3.0, 3.0]], requires_grad=True)
print(torch.max(w, 1), torch.min(w, 1))
print(w.max(dim=0), w.min(dim=0, keepdim=True))
print(w.argmax(), w.argmin(), w.argmax(dim=1), w.argmin(dim=0))
v, i = w.topk(2, dim=1)
v.sum().backward()
print(v, i, w.grad)
print(torch.tensor([nan, 1.0, nan]).max(0), torch.tensor([1.0, nan, nan]).argmax())
