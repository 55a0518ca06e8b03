# torch's ValueError for an Adam beta outside [0, 1)
import torch

w = torch.tensor(1.0, requires_grad=True)
optimizer = torch.optim.Adam([w], lr=0.01, betas=(1.5, 0.999))
