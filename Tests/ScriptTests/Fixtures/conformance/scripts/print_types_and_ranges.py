# printing types, ranges and dtypes
import torch

print(type(1), type(1.5), type("s"), type(True), type(None))
print(type([]), type(()), type({}))
print(type(torch.tensor(1.0)), torch.tensor(1.0).dtype, torch.tensor(1).dtype)
print(range(5), range(1, 10, 2), range(3, 0, -1), len(range(1, 10, 2)))
print(list(range(1, 10, 2)), range(5)[2], 3 in range(5))
print(type(1) == int, type(2.0) == float, type(torch.tensor(1.0)) == torch.Tensor)
print(str(type(1.0)), repr(type("x")))
