# An experiment grid as a course runs one: a config product with itertools, a fake training
# curve per run, results as dicts and namedtuples, tables with str.format alignment, ranking
# with sorted(key=…, reverse=True), max/min with key=, grouping, and a summary per setting.
import itertools
import math
import random
import statistics
from collections import namedtuple, defaultdict
from functools import partial, reduce

Run = namedtuple("Run", "lr batch opt final best epoch")
grid = {"lr": [0.3, 0.1, 0.03], "batch": [16, 64], "opt": ["sgd", "adam"]}
keys = list(grid)
configs = [dict(zip(keys, values)) for values in itertools.product(*grid.values())]
print(len(configs), configs[0], configs[-1])


def train(lr, batch, opt, seed=0, epochs=8):
    rng = random.Random(f"{lr}-{batch}-{opt}-{seed}")
    loss, history = 2.5, []
    speed = lr * (1.6 if opt == "adam" else 1.0) * math.sqrt(32 / batch)
    for epoch in range(epochs):
        noise = rng.gauss(0, 0.02)
        loss = loss * (1 - min(speed, 0.9)) + 0.05 + noise
        if lr >= 0.3 and opt == "adam" and epoch > 4:
            loss *= 1.5
        history.append(loss)
    return history


runs = []
for cfg in configs:
    hist = train(**cfg)
    best = min(range(len(hist)), key=hist.__getitem__)
    runs.append(Run(final=hist[-1], best=hist[best], epoch=best, **cfg))

header = "{:>6} {:>5} {:<5} {:>9} {:>9} {:>5}".format("lr", "batch", "opt", "final", "best", "at")
print(header)
print("-" * len(header))
for r in sorted(runs, key=lambda r: r.final):
    print("{:>6.2f} {:>5d} {:<5} {:>9.4f} {:>9.4f} {:>5}".format(r.lr, r.batch, r.opt, r.final, r.best, r.epoch))

top3 = sorted(runs, key=lambda r: (r.best, r.lr), reverse=True)[:3]
print([f"{r.opt}@{r.lr:g}/{r.batch}" for r in top3])
winner = min(runs, key=lambda r: r.final)
loser = max(runs, key=lambda r: r.final)
print(winner._replace(final=round(winner.final, 3), best=round(winner.best, 3)))
print(loser.opt, loser.lr, f"{loser.final:.3e}", f"{loser.final:+.2%}")

by_opt = defaultdict(list)
for r in runs:
    by_opt[r.opt].append(r.final)
for opt, finals in sorted(by_opt.items()):
    print(f"{opt:>5}: mean={statistics.mean(finals):.4f} median={statistics.median(finals):.4f} "
          f"stdev={statistics.stdev(finals):.4f} n={len(finals)}")

groups = itertools.groupby(sorted(runs, key=lambda r: r.lr), key=lambda r: r.lr)
for lr, members in groups:
    members = list(members)
    print("lr={:<5} runs={} best={:.4f} worst={:.4f}".format(lr, len(members), min(m.final for m in members), max(m.final for m in members)))

table = [["lr \\ batch"] + [str(b) for b in grid["batch"]]]
for lr in grid["lr"]:
    row = [f"{lr}"]
    for b in grid["batch"]:
        finals = [r.final for r in runs if r.lr == lr and r.batch == b]
        row.append("{:.3f}".format(sum(finals) / len(finals)))
    table.append(row)
widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
for row in table:
    print(" | ".join(cell.rjust(w) if i else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths))))

seeds = {s: train(0.1, 16, "sgd", seed=s)[-1] for s in range(5)}
print({s: round(v, 5) for s, v in seeds.items()})
print("spread: %.5f, mean %.5f" % (max(seeds.values()) - min(seeds.values()), statistics.fmean(seeds.values())))
product = reduce(lambda acc, r: acc * r.final, runs, 1.0)
print(f"{product:.6g}", f"{math.prod(r.final for r in runs):.6g}", math.isclose(product, math.prod(r.final for r in runs)))
fast_sgd = partial(train, opt="sgd", epochs=3)
print([round(x, 4) for x in fast_sgd(0.1, 16)], fast_sgd.keywords)
print("{0[lr]}/{0[batch]}/{0[opt]}".format(configs[5]), "{r.opt!r:>8}|{r.epoch:^5}|".format(r=runs[2]))
print(f"{'total':=^30}")
print(f"{len(runs):>4} runs, {sum(r.epoch for r in runs)} epochs at best, {sum(1 for r in runs if r.final < 0.5)} under 0.5")
