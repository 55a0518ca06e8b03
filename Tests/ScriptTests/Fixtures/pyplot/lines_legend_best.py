import math
import matplotlib.pyplot as plt

xs = [k / 10 for k in range(63)]
plt.figure(figsize=(8, 4))
plt.plot(xs, [math.sin(x) for x in xs], label="sin")
plt.plot(xs, [math.cos(x) for x in xs], "--", label="cos")
plt.plot(xs, [math.sin(2 * x) / 2 for x in xs], "g:", label="sin(2x)/2")
plt.legend()
plt.grid(True)
plt.xlabel("$x$")
plt.show()
