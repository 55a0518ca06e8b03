# nesterov needs momentum and zero dampening
import torch

w = torch.tensor(1.0, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1, nesterov=True)
