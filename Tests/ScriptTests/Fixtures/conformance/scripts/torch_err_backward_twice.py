# backward through the same graph twice
import torch

w = torch.tensor(2.0, requires_grad=True)
loss = torch.sin(w) * w
loss.backward()
print(w.grad)
loss.backward()
