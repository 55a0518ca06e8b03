# Norms, sums and means of transposed, permuted and sliced views: ATen reduces a view's
# elements in memory order, so the last bits follow that order (all 17 digits printed).
import torch

torch.manual_seed(0)
res = []
for (a, b) in [(40, 50), (7, 130), (33, 17), (100, 3)]:
    t = torch.randn(a, b).t()
    for p in [2, 1, 3, float("inf")]:
        res.append(t.norm(p=p).item())
        res.append(t.norm(p=p, dim=0).tolist())
        res.append(t.norm(p=p, dim=1).tolist())
    u = torch.randn(4, a, b).permute(2, 0, 1)
    res.append(u.norm().item())
    res.append(u.norm(dim=(0, 2)).tolist())
    res.append(torch.linalg.vector_norm(u[:, 1:, ::2], dim=1).tolist())
    res += [t.sum().item(), t.sum(0).tolist(), t.sum(1).tolist(), t.mean(0).tolist(), t.mean().item()]
    res += [u.sum(dim=0).flatten().tolist()[:20], u.mean(1).flatten().tolist()[:20], u.sum().item()]
    d = torch.randn(a, b, dtype=torch.float64).t()
    res += [d.sum().item(), d.sum(1).tolist(), d.norm(dim=0).tolist()]
for r in res:
    print(r)
