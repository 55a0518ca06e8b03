# a scheduler needs an optimizer
import torch

w = torch.tensor(1.0, requires_grad=True)
scheduler = torch.optim.lr_scheduler.StepLR([w], step_size=2)
