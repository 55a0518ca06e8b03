import math
import matplotlib.pyplot as plt

values = [math.sin(k * 1.7) * math.cos(k * 0.3) * 3 for k in range(500)]
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
ax1.hist(values, bins=20, alpha=0.7, label="samples")
ax1.set_title("Histogram")
ax1.legend()
ax2.bar(["SGD", "Adam", "RMSprop"], [0.31, 0.12, 0.15], color=["C0", "C1", "C2"])
ax2.set_ylabel("final loss")
ax2.set_title("Optimizers")
plt.show()
