import matplotlib.pyplot as plt

epochs = range(1, 41)
train = [1.5 / e + 0.05 for e in epochs]
val = [1.4 / e + 0.12 + 0.002 * e for e in epochs]
fig, ax = plt.subplots()
ax.plot(epochs, train, label="train")
ax.plot(epochs, val, label="validation")
ax.set_yscale("log")
ax.set_xlabel("epoch")
ax.set_ylabel("loss")
ax.set_title("Loss per epoch")
ax.legend(loc="upper right")
plt.show()
