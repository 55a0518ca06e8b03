import matplotlib.pyplot as plt

xs = list(range(10))
mean = [0.5 * x + 1 for x in xs]
std = [0.2 + 0.05 * x for x in xs]
plt.fill_between(xs, [m - s for m, s in zip(mean, std)], [m + s for m, s in zip(mean, std)], alpha=0.3, label="±1 std")
plt.errorbar(xs, mean, yerr=std, fmt="o-", capsize=3, label="mean")
plt.axhline(3, color="gray", linestyle="--")
plt.axvline(4.5, color="k", lw=1)
plt.text(0.5, 5, "threshold")
plt.annotate("best", xy=(9, 5.5), xytext=(6, 6), arrowprops=dict(arrowstyle="->"))
plt.legend(loc="upper left")
plt.show()
