# matrix products: @, matmul's dispatch by rank, mm, bmm, mv, dot, outer, addmm, linear
import torch

a = torch.tensor([[1.5, -2.0, 0.25], [3.0, 0.5, -1.0]])
b = torch.tensor([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]])
v = torch.tensor([1.0, -1.0, 2.0])
print(a @ b)
print(torch.matmul(a, b), torch.mm(a, b).shape)
print(a @ v, v @ b, v @ v)
print(torch.mv(a, v), torch.dot(v, v), torch.outer(v, torch.tensor([1.0, 2.0])))
x = torch.arange(24.0).reshape(2, 3, 4) / 7
y = torch.arange(16.0).reshape(2, 4, 2) / 3
print(torch.bmm(x, y))
print(x @ y)
print(x @ torch.ones(4, 3))
print(x @ torch.ones(4))
print((torch.ones(5, 1, 2, 3) @ torch.ones(4, 3, 2)).shape)
bias = torch.tensor([0.5, -0.5])
print(torch.addmm(bias, a, b))
w = torch.tensor([[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]])
print(a @ w.t(), a @ w.T)
print(torch.eye(3) @ v)
big = torch.arange(600.0).reshape(20, 30) / 100
print((big @ big.t()).sum(), (big.t() @ big).sum(dim=0)[:5])
print(torch.tensor([[1, 2], [3, 4]]) @ torch.tensor([[5], [6]]))
