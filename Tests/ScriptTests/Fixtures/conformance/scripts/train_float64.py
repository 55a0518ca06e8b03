# a float64 training loop next to the same loop in float32
import torch


def fit(dtype):
    x = torch.tensor([0.0, 1.0, 2.0, 3.0, 4.0], dtype=dtype)
    y = torch.tensor([1.1, 2.9, 5.2, 7.1, 8.8], dtype=dtype)
    w = torch.tensor(0.0, dtype=dtype, requires_grad=True)
    b = torch.tensor(0.0, dtype=dtype, requires_grad=True)
    optimizer = torch.optim.SGD([w, b], lr=0.02, momentum=0.5)
    for epoch in range(60):
        optimizer.zero_grad()
        loss = torch.nn.functional.mse_loss(w * x + b, y)
        loss.backward()
        optimizer.step()
        if epoch % 10 == 9:
            print(f"{epoch + 1:2d} {loss.item():.10f} {w.item():.10f} {b.item():.10f}")
    print(w, b, loss)


fit(torch.float32)
fit(torch.float64)
