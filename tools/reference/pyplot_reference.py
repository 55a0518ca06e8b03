"""Draw the pyplot fixture scripts with real matplotlib and record their layout.

Run: /opt/torchenv/bin/python tools/reference/pyplot_reference.py [--png DIR] [NAME ...]
For each Tests/ScriptTests/Fixtures/pyplot/NAME.py, runs the script as Jupyter's inline
backend would (plt.show() shows and closes every open figure; figures still open at the end
are shown too) and writes NAME.json: per figure, per axes (colorbar axes excluded) its box in
pixels from the figure's top-left corner, view limits, visible ticks and tick labels, legend
box, the colours of its lines, and the ticks of colorbars drawn for it. With --png, also
saves each figure as DIR/NAME-K.png (bbox_inches="tight", as the inline backend saves) for
side-by-side viewing with Descent's SVGs.
"""
import json, os, sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import matplotlib.colors as mcolors

root = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "ScriptTests", "Fixtures", "pyplot")


def visible(values, labels, lim):
    # Hidden tick labels (inner subplots of sharex) come back as an empty list.
    labels = list(labels) + [""] * (len(values) - len(labels))
    lo, hi = min(lim), max(lim)
    tol = (hi - lo) * 1e-10
    out_v, out_l = [], []
    for v, l in zip(values, labels):
        if lo - tol <= v <= hi + tol:
            out_v.append(float(v))
            out_l.append(l)
    return out_v, out_l


def inspect(fig):
    fig.canvas.draw()
    H = fig.bbox.height
    axes = []
    bars = {}
    for ax in fig.axes:
        if ax.get_label() == "<colorbar>":
            continue
        axes.append(ax)
    for ax in fig.axes:
        if ax.get_label() == "<colorbar>":
            cb = ax._colorbar
            parent = None
            for p in axes:
                if any(c is ax for c in getattr(p, "_colorbars", [])):
                    parent = p
            long = cb.long_axis
            ticks = long.get_ticklocs()
            labels = [t.get_text() for t in long.get_ticklabels()]
            lim = long.get_view_interval()
            v, l = visible(ticks, labels, lim)
            bars.setdefault(id(cb.mappable.axes), []).append((v, l))
    out = []
    for ax in axes:
        bb = ax.get_window_extent()
        xt, xl = visible(ax.get_xticks(), [t.get_text() for t in ax.get_xticklabels()], ax.get_xlim())
        yt, yl = visible(ax.get_yticks(), [t.get_text() for t in ax.get_yticklabels()], ax.get_ylim())
        if not ax.xaxis.get_visible() or not any(t.get_visible() for t in ax.get_xticklabels()):
            xl = ["" for _ in xl]
        entry = {
            "box": [bb.x0, H - bb.y1, bb.x1, H - bb.y0],
            "xLimits": [float(v) for v in ax.get_xlim()],
            "yLimits": [float(v) for v in ax.get_ylim()],
            "xTicks": xt, "xTickLabels": xl, "yTicks": yt, "yTickLabels": yl,
            "lineColors": [mcolors.to_hex(l.get_color()) for l in ax.lines],
            "colorbarTicks": [b[0] for b in bars.get(id(ax), [])],
            "colorbarTickLabels": [b[1] for b in bars.get(id(ax), [])],
        }
        leg = ax.get_legend()
        if leg is not None:
            lb = leg.get_window_extent()
            entry["legend"] = [lb.x0, H - lb.y1, lb.x1, H - lb.y0]
        out.append(entry)
    return {"size": [float(v) for v in fig.get_size_inches()], "axes": out}


def run(name, png_dir):
    figures = []
    real_show = plt.show

    def take():
        # Inspected (and saved) while still open: a closed figure's draw skips apply_aspect.
        for n in plt.get_fignums():
            f = plt.figure(n)
            figures.append(inspect(f))
            if png_dir:
                f.savefig(os.path.join(png_dir, f"{name}-{len(figures) - 1}.png"), bbox_inches="tight")
        plt.close("all")

    def show(*args, **kwargs):
        take()

    plt.show = show
    path = os.path.join(root, name + ".py")
    src = open(path).read()
    try:
        exec(compile(src, path, "exec"), {"__name__": "__main__"})
        take()
    finally:
        plt.show = real_show
    with open(os.path.join(root, name + ".json"), "w") as out:
        json.dump({"figures": figures}, out, indent=1)
        out.write("\n")


args = sys.argv[1:]
png = None
if args[:1] == ["--png"]:
    png = args[1]
    os.makedirs(png, exist_ok=True)
    args = args[2:]
names = args or sorted(f[:-3] for f in os.listdir(root) if f.endswith(".py"))
for n in names:
    run(n, png)
    print("wrote", n)
