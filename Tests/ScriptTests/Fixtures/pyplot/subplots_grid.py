import math
import matplotlib.pyplot as plt

fig, axs = plt.subplots(2, 2, figsize=(8, 6), sharex=True)
xs = [k / 20 for k in range(101)]
for i, ax in enumerate(axs.flat):
    ax.plot(xs, [math.sin((i + 1) * x) for x in xs], color=f"C{i}")
    ax.set_title(f"frequency {i + 1}")
axs[1, 0].set_xlabel("x")
axs[1, 1].set_xlabel("x")
axs[0, 0].set_ylabel("amplitude")
fig.suptitle("Sines")
fig.tight_layout()
plt.show()
