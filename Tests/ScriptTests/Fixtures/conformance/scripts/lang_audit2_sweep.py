# A hyper-parameter sweep: itertools.product over a grid, dict comprehensions, a tiny
# model trained per setting, results sorted and printed as a formatted table.
import itertools
import math
from functools import partial

grid = {"lr": [0.1, 0.03], "momentum": [0.0, 0.9], "steps": [20, 50]}
keys = list(grid)
settings = [dict(zip(keys, values)) for values in itertools.product(*grid.values())]
print(len(settings), settings[0], settings[-1])


def loss(w):
    return (w[0] - 3) ** 2 + 10 * (w[1] + 1) ** 2


def grad(w):
    return [2 * (w[0] - 3), 20 * (w[1] + 1)]


def train(lr, momentum, steps, start=(0.0, 0.0)):
    w, v = list(start), [0.0, 0.0]
    history = []
    for step in range(steps):
        g = grad(w)
        v = [momentum * vi + gi for vi, gi in zip(v, g)]
        w = [wi - lr * vi for wi, vi in zip(w, v)]
        history.append(loss(w))
        if not math.isfinite(history[-1]):
            break
    return {"final": history[-1], "best": min(history), "w": tuple(round(x, 4) for x in w)}


results = {tuple(s.values()): train(**s) for s in settings}
header = f"{'lr':>6} {'mom':>5} {'steps':>5} | {'final':>12} {'best':>12}  w"
print(header)
print("-" * len(header))
for (lr, mom, steps), r in sorted(results.items(), key=lambda kv: kv[1]["final"]):
    final = f"{r['final']:12.4e}" if r["final"] < 1e6 else f"{'diverged':>12}"
    print(f"{lr:6.2f} {mom:5.1f} {steps:5d} | {final} {r['best']:12.6f}  {r['w']}")
best_key = min(results, key=lambda k: results[k]["final"])
print("best:", dict(zip(keys, best_key)))
by_lr = {lr: [k for k in results if k[0] == lr] for lr in grid["lr"]}
print({lr: len(ks) for lr, ks in by_lr.items()})
fast = partial(train, steps=5)
print({m: round(fast(0.1, m)["final"], 6) for m in grid["momentum"]})
pairs = list(itertools.combinations(grid["lr"] + [0.01], 2))
print(pairs, list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(itertools.islice(itertools.count(0.5, 0.25), 4)), list(itertools.chain.from_iterable([[1], [2, 3]])))
table = [[f"{x * y:4d}" for x in range(1, 5)] for y in range(1, 4)]
print("\n".join("".join(row) for row in table))
print("{:<10}|{:^10}|{:>10}".format("left", "mid", "right"), "%-6s|%6.2f|%+d" % ("ab", math.pi, 5))
