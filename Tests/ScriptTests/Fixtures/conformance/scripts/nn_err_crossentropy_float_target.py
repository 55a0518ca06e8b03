import torch
import torch.nn as nn
loss_fn = nn.CrossEntropyLoss()
logits = torch.randn(4, 3)
y = torch.tensor([0.0, 1.0, 2.0, 1.0])
print(loss_fn(logits, y))
