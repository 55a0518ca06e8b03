import torch
import torch.nn.functional as F

try:
    F.hardtanh(torch.ones(2), min_val=2.0, max_val=1.0)
except ValueError as e:
    print("ValueError:", e)
try:
    F.elu(torch.ones(2), 1.0, False, 3)
except TypeError as e:
    print("TypeError:", e)
F.softsign([1.0, 2.0])
