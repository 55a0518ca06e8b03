"""Generate Tests/FiguresTests/Fixtures/colors.json from real matplotlib.

Run: /opt/torchenv/bin/python tools/reference/figures_colors.py

For the seed's two surfaces (levels=30, cmap="turbo") the hex colour matplotlib gives each
contour level, and for scatter(c=epochs, cmap="viridis") with 1..N epochs the face colours.
"""
import json
import os
import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.colors import to_hex

out = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "FiguresTests", "Fixtures")
surfaces = json.load(open(os.path.join(out, "surfaces.json")))
result = {"turbo": [], "viridis": []}
for s in surfaces:
    fig, ax = plt.subplots()
    z = np.array([[s["zmin"], s["zmax"]], [s["zmax"], s["zmin"]]])
    cs = ax.contour(z, levels=30, cmap="turbo")
    assert [float(v) for v in cs.levels] == s["levels"]
    result["turbo"].append({"levels": s["levels"], "colors": [to_hex(c) for c in cs.get_edgecolor()]})
    plt.close(fig)
for n in (10, 15, 25, 30, 50, 60, 100, 150, 250):
    fig, ax = plt.subplots()
    epochs = np.arange(1, n + 1)
    sc = ax.scatter(epochs, epochs, c=epochs, cmap="viridis")
    fig.canvas.draw()
    result["viridis"].append({"epochs": n, "colors": [to_hex(c) for c in sc.get_facecolors()]})
    plt.close(fig)
with open(os.path.join(out, "colors.json"), "w") as f:
    json.dump(result, f, indent=0)
print("ok")
