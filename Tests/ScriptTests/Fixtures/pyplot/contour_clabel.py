import matplotlib.pyplot as plt
import torch

x = torch.linspace(-2, 2, 60)
y = torch.linspace(-1, 3, 60)
X, Y = torch.meshgrid(x, y, indexing="xy")
Z = (1 - X) ** 2 + 10 * (Y - X ** 2) ** 2
plt.figure(figsize=(6, 5))
cs = plt.contour(X, Y, Z, levels=[1, 2, 5, 10, 20, 50, 100], cmap="viridis")
plt.clabel(cs, fontsize=8)
plt.plot([1], [1], "r*", markersize=12, label="minimum")
plt.legend()
plt.xlabel("w1")
plt.ylabel("w2")
plt.show()
