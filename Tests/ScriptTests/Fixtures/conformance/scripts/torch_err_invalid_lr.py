# torch's ValueError for a negative learning rate
import torch

w = torch.tensor(1.0, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)
print(optimizer.param_groups[0]["lr"])
optimizer = torch.optim.SGD([w], lr=-0.1)
