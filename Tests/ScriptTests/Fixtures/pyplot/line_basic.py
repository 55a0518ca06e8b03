import matplotlib.pyplot as plt

losses = [2.3 * 0.8 ** k + 0.1 for k in range(30)]
plt.plot(losses)
plt.title("Training loss")
plt.xlabel("epoch")
plt.ylabel("loss")
plt.show()
