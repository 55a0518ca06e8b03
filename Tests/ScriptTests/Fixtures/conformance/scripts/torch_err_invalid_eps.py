# torch's ValueError for a negative epsilon
import torch

w = torch.tensor(1.0, requires_grad=True)
optimizer = torch.optim.RMSprop([w], lr=0.01, eps=-1e-8)
