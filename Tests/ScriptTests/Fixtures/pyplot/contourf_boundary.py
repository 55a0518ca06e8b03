import math
import matplotlib.pyplot as plt

n = 100
xs = [-3 + 6 * i / (n - 1) for i in range(n)]
ys = [-2 + 4 * j / (n - 1) for j in range(n)]
Z = [[math.tanh(x - 0.5 * y * y + 0.3 * math.sin(3 * x)) for x in xs] for y in ys]
fig, ax = plt.subplots()
cs = ax.contourf(xs, ys, Z, levels=10, cmap="RdBu")
fig.colorbar(cs, ax=ax, label="p(class 1)")
ax.scatter([-2, -1, 1.5, 2.5], [0.5, -1, 1, -0.5], c="k", marker="x")
ax.set_title("Decision boundary")
plt.show()
