# meshgrid with indexing="ij"
import torch

x = torch.linspace(-1, 1, 3)
y = torch.linspace(0, 2, 4)
X, Y = torch.meshgrid(x, y, indexing="ij")
print(X)
print(Y)
print(X.shape, Y.shape)
Z = X ** 2 + Y ** 2 + 1.8 * X * Y
print(Z)
print(Z.sum(), Z.mean())
