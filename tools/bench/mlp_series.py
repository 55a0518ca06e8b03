"""The MLP benchmark's training (tools/reference/mlp_bench_script.py) 12 times in one session,
printing the CPU time of each training in ms: shows whether a slow stretch holds for a whole
process or comes and goes within it: `bench script tools/bench/mlp_series.py --runs 1 --show`."""
import time
import torch
import torch.nn as nn
out = []
for rep in range(12):
    t0 = time.process_time()
    torch.manual_seed(0)
    X = torch.randn(200, 2)
    y = ((X[:, 0] * X[:, 1]) > 0).long()
    model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 16), nn.ReLU(), nn.Linear(16, 2))
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    loss_fn = nn.CrossEntropyLoss()
    for epoch in range(1000):
        opt.zero_grad()
        loss = loss_fn(model(X), y)
        loss.backward()
        opt.step()
    out.append(f"{(time.process_time() - t0) * 1000:.1f}")
print(" ".join(out))
