import torch

# torch.tensor reads at most 128 nested sequences; deeper data is a ValueError naming the
# type of the sequence where it gives up.
for depth in (1, 2, 128, 129, 100000):
    data = [1.0]
    for i in range(depth - 1):
        data = [data]
    try:
        t = torch.tensor(data)
        print(depth, t.dim(), t.numel())
    except ValueError as e:
        print(depth, "ValueError:", e)

data = (2,)
for i in range(200):
    data = (data,) if i % 2 else [data]
try:
    torch.tensor(data)
except ValueError as e:
    print("mixed:", e)

print(torch.tensor([[1, 2], [3, 4]]).shape)
try:
    torch.tensor([[1, 2], [3]])
except ValueError as e:
    print(e)
