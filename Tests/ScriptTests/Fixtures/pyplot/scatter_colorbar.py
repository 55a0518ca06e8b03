import matplotlib.pyplot as plt

xs = [k * 0.37 % 5 for k in range(80)]
ys = [k * 0.61 % 3 for k in range(80)]
plt.figure(figsize=(5, 4))
plt.scatter(xs, ys, c=[x * y for x, y in zip(xs, ys)], s=20, alpha=0.8)
plt.colorbar(label="x·y")
plt.xlim(0, 5)
plt.show()
