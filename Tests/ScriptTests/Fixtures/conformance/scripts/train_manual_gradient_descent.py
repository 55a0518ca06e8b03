# gradient descent by hand with no_grad updates, 50 epochs, printed every 5
import torch

x = torch.linspace(-2, 2, 21)
y = 3.0 * x - 0.5 + torch.sin(3 * x) * 0.2

w = torch.tensor(0.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
lr = 0.05
for epoch in range(1, 51):
    loss = ((w * x + b - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
    w.grad.zero_()
    b.grad.zero_()
    if epoch % 5 == 0:
        print(f"epoch {epoch:3d}  loss {loss.item():.6f}  w {w.item():.5f}  b {b.item():+.5f}")
print(w, b)
print(loss)
