# train until the loss drops below a threshold, with a while loop and break
import torch

w = torch.tensor(5.0, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1, momentum=0.5)
step = 0
while True:
    optimizer.zero_grad()
    loss = (w - 1.25) ** 2
    if loss.item() < 1e-6:
        break
    loss.backward()
    optimizer.step()
    step += 1
    if step % 5 == 0:
        print(f"step {step}: w={w.item():.6f} loss={loss.item():.3e}")
print("converged after", step, "steps at", w)
