import math
import matplotlib.pyplot as plt

xs, ys, labels = [], [], []
for k in range(60):
    t = 2 * math.pi * k / 60
    r = 1 + 0.3 * math.sin(5 * t)
    xs.append(r * math.cos(t) + (2 if k % 2 else 0))
    ys.append(r * math.sin(t))
    labels.append(k % 2)
plt.scatter(xs, ys, c=labels, cmap="coolwarm", edgecolors="k")
plt.title("Two classes")
plt.axis("equal")
plt.show()
