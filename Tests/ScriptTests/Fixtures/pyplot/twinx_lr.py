import matplotlib.pyplot as plt

epochs = list(range(1, 51))
loss = [2 * 0.9 ** e + 0.2 for e in epochs]
lr = [0.1 * 0.95 ** e for e in epochs]
fig, ax1 = plt.subplots()
ax1.plot(epochs, loss, color="C0")
ax1.set_xlabel("epoch")
ax1.set_ylabel("loss")
ax2 = ax1.twinx()
ax2.plot(epochs, lr, color="C1")
ax2.set_ylabel("learning rate")
plt.show()
