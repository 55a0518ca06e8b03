# Nuclear and spectral matrix norms (ord='nuc', 2, -2) through singular values, svdvals, their gradients; values printed at torch's 4 decimals.
import torch
torch.manual_seed(0)
A = torch.randn(4, 3, requires_grad=True)
for o in ['nuc', 2, -2]:
    n = torch.linalg.matrix_norm(A, ord=o)
    print(o, n)
    print(torch.linalg.norm(A, ord=o))
    g, = torch.autograd.grad(n, A)
    print(g)
s = torch.linalg.svdvals(A)
print(s)
print(torch.norm(A, p='nuc'))
B = torch.randn(2, 3, 5)
print(torch.linalg.matrix_norm(B, ord='nuc'), torch.linalg.matrix_norm(B, ord=2, dim=(0, 2)))
print(torch.linalg.matrix_norm(B, ord=-2, keepdim=True))
print(torch.linalg.svdvals(B))
print(torch.linalg.matrix_norm(A.double(), ord='nuc'))
R = torch.tensor([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]], requires_grad=True)
print(torch.linalg.svdvals(R), torch.linalg.matrix_norm(R, ord=-2))
print(torch.linalg.norm(torch.eye(3) * 2, ord=2), torch.linalg.svdvals(torch.zeros(2, 2)))
print(torch.linalg.matrix_norm(torch.randn(3, 4, 2), ord="nuc", dim=(2, 0), keepdim=True).shape)
for bad in [lambda: torch.linalg.svdvals(torch.ones(3)), lambda: torch.linalg.matrix_norm(torch.ones(3), ord="nuc"),
            lambda: torch.linalg.matrix_norm(torch.ones(2, 2), ord=3)]:
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
