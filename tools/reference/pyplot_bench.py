"""Time matplotlib drawing the pyplot fixture scripts to SVG, for `bench plot`'s comparison.

Run: /opt/torchenv/bin/python tools/reference/pyplot_bench.py [--repeat N]
Runs each Tests/ScriptTests/Fixtures/pyplot/NAME.py with the Agg backend, plt.show()
replaced by saving every open figure as SVG (bbox_inches="tight", as Jupyter's inline
backend saves) into memory; prints the median script time (without the saving), SVG time
and bytes per figure. Prints only; nothing is written.
"""
import io, os, sys, time
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

root = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "ScriptTests", "Fixtures", "pyplot")
repeats = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 20


def median(xs):
    return sorted(xs)[len(xs) // 2]


print("script                 figs   run ms   svg ms   bytes")
tot_run = tot_svg = tot_bytes = tot_figs = 0
for name in sorted(f for f in os.listdir(root) if f.endswith(".py")):
    src = open(os.path.join(root, name)).read()
    code = compile(src, name, "exec")
    runs, svgs = [], []
    for _ in range(repeats):
        svg_time = [0.0]
        sizes = []

        def show(*a, **k):
            t = time.perf_counter()
            for n in plt.get_fignums():
                buf = io.BytesIO()
                plt.figure(n).savefig(buf, format="svg", bbox_inches="tight")
                sizes.append(len(buf.getvalue()))
            plt.close("all")
            svg_time[0] += time.perf_counter() - t

        plt.show = show
        t0 = time.perf_counter()
        exec(code, {"__name__": "__main__"})
        show()
        total = time.perf_counter() - t0
        runs.append((total - svg_time[0]) * 1000)
        svgs.append(svg_time[0] * 1000)
    figs = max(1, len(sizes))
    r, s = median(runs), median(svgs)
    print(f"{name[:-3]:<22} {len(sizes):4d} {r / figs:8.2f} {s / figs:8.2f} {sum(sizes) // figs:7d}")
    tot_run += r; tot_svg += s; tot_bytes += sum(sizes); tot_figs += len(sizes)
n = max(1, tot_figs)
print(f"per figure (mean over {tot_figs}): run {tot_run / n:.2f} ms, svg {tot_svg / n:.2f} ms, {tot_bytes // n} bytes")
