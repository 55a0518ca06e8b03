import torch

torch.manual_seed(11)
print(torch.initial_seed(), torch.default_generator.initial_seed())
# A small randn leaves the second Box-Muller value cached; a manual_seed clears it.
print(torch.randn(1))
print(torch.randn(1))
print(torch.randn(3))
torch.manual_seed(11)
print(torch.randn(1))
print(torch.randn(16)[-3:])
print(torch.randn(1))
