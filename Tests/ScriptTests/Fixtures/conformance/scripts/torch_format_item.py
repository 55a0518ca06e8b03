# formatting a tensor with a format spec formats its item
import torch

loss = torch.tensor(5526.1234)
w = torch.tensor(7.98234, requires_grad=True)
print(f"loss: {loss:.2f}, weight: {w:.3f}")
print(f"{loss:10.1f}|{loss:e}|{loss:g}")
print(f"{w.item():.5f} {loss.item():,.2f}")
print(f"{loss}")
print(f"{w}")
print("{:.4f}".format(loss))
print(f"{torch.tensor(3):d} {torch.tensor(3):5}")
print(f"{torch.tensor(0.1)!r}")
print(str(loss), repr(w))
print("value: " + str(torch.tensor(1.5)))
