import matplotlib.pyplot as plt

grid = [[(i * 7 + j * 3) % 10 / 9 for j in range(8)] for i in range(8)]
plt.imshow(grid, cmap="gray")
plt.colorbar()
plt.title("Weights")
plt.show()
