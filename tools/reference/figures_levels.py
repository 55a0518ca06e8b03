"""Generate Tests/FiguresTests/Fixtures/levels.json and ticks.json from real matplotlib.

Run: /opt/torchenv/bin/python tools/reference/figures_levels.py

levels.json: for (zmin, zmax, N), the levels `ax.contour(..., levels=N)` picks and the text
clabel gives every other level (`cs.get_text` with clabel's default formatter).
ticks.json: for an axes of a given size in inches and view limits, the major tick locations
AutoLocator picks and the tick label texts ScalarFormatter draws.
"""
import json
import os
import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

out = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "FiguresTests", "Fixtures")
rng = np.random.default_rng(7)

ranges = [(-106.5941162109375, 675.938720703125), (0.0005101542919874191, 95.0),
          (0, 1), (-1, 1), (0.1, 0.2), (1e-6, 3e-6), (-3.5, 12.25), (1000, 1000.5),
          (12345.6, 98765.4), (-0.003, 0.007), (2.0, 2.0), (-50, -10), (3.14159, 2718.28),
          (0.999, 1.001), (-1e5, 1e5), (7, 8), (0, 95), (100, 101)]
for _ in range(14):
    a, b = sorted(rng.normal(0, 10 ** rng.uniform(-3, 4), 2))
    ranges.append((float(a), float(b)))
cases = []
for zmin, zmax in ranges:
    for n in (30, 7, 10, 15, 4):
        fig, ax = plt.subplots()
        z = np.array([[zmin, zmax], [zmax, zmin], [zmin, zmax]], dtype=np.float64)
        cs = ax.contour(z, levels=n)
        labels = cs.clabel(fontsize=6, levels=cs.levels[::2])
        fmt = cs.labelFmt
        texts = [cs.get_text(lev, fmt) for lev in cs.levels[::2]]
        cases.append({"zmin": zmin, "zmax": zmax, "n": n,
                      "levels": [float(v) for v in cs.levels], "label_texts": texts})
        plt.close(fig)
with open(os.path.join(out, "levels.json"), "w") as f:
    json.dump(cases, f, indent=1, ensure_ascii=False)

tick_cases = []
limits = [(-14, 0), (-6, 12), (-5, 5), (0, 1), (1, 30), (0, 250), (0.0001, 0.0009),
          (-106.7, 170.9), (0, 3414.5), (0.5, 0.52), (1, 150), (-2.5, 7.25), (0.01, 0.0415),
          (1000, 1000.5), (1e-6, 5e-6), (2e6, 9e6), (-1000.9, -1000.2), (99990, 100010), (3e-9, 7e-8)]
for w, h in [(6.4, 4.8), (12, 5), (18, 5)]:
    for n in ([1, 2, 3] if w > 6.4 else [1]):
        fig, axs = plt.subplots(1, n, figsize=(w, h), squeeze=False)
        ax = axs[0][0]
        for lo, hi in limits:
            ax.set_xlim(lo, hi)
            ax.set_ylim(lo, hi)
            fig.canvas.draw()
            bb = ax.get_window_extent()
            xt = [float(v) for v in ax.get_xticks()]
            yt = [float(v) for v in ax.get_yticks()]
            tick_cases.append({
                "figsize": [w, h], "panels": n, "limits": [lo, hi],
                "axes_px": [bb.x0, bb.y0, bb.width, bb.height],
                "xticks": xt, "yticks": yt,
                "xlabels": [t.get_text() for t in ax.get_xticklabels()],
                "ylabels": [t.get_text() for t in ax.get_yticklabels()],
                "xoffset": ax.xaxis.get_major_formatter().get_offset(),
                "yoffset": ax.yaxis.get_major_formatter().get_offset(),
            })
        plt.close(fig)
with open(os.path.join(out, "ticks.json"), "w") as f:
    json.dump(tick_cases, f, indent=1, ensure_ascii=False)
print(len(cases), len(tick_cases))
