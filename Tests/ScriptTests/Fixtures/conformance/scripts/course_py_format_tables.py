# results tables with str.format, f-strings and %-formatting, as course notebooks print them
import math

rows = [
    ("linear", 0.912345, 1234, 0.00312),
    ("mlp-2x64", 0.95, 52_801, 0.0125),
    ("cnn", 0.98765, 1_204_480, 0.5),
    ("transformer-tiny", 0.99, 10**7, 12.75),
]
header = "{:<18}|{:>9}|{:>12}|{:>10}".format("model", "acc", "params", "time (s)")
print(header)
print("-" * len(header))
for name, acc, params, secs in rows:
    print("{:<18}|{:>9.2%}|{:>12,}|{:>10.3f}".format(name, acc, params, secs))
print("=" * len(header))
for name, acc, params, secs in rows:
    print(f"{name:.<20}{acc:^10.4f}{params:>_d} {secs:8.2e} {secs:g} {params:#x}")
for name, acc, params, secs in rows:
    print("%-18s %6.2f%% %10d %-8.3g|%+.1e" % (name, acc * 100, params, secs, -secs))
print("%(name)s has %(n)05d params (%(frac).1f%%)" % {"name": "mlp", "n": 801, "frac": 12.345})
print("%s %r %a %c %c %o %X %i %u" % ("é", "é", "é", 65, "z", 8, 255, 3.9, -2))
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, math.pi))
print("{0} {1} {0}".format("a", "b"), "{name}={val:.3}".format(name="pi", val=math.pi))
print("{:{w}.{p}f}|{:>{w}}".format(math.e, "x", w=10, p=3), "{!r:>8}".format("q"))
print("{0[1]} {1[k]} {2.real} {2.imag}".format([5, 6], {"k": "v"}, 7))
width = 7
for v in (0.0, -1.5, 1e-7, 123456789.123, float("inf"), float("nan")):
    print(f"[{v:{width}.3}] [{v:<+{width}.1f}] [{v:^{width}g}] [{v!s:>12}]")
print(f"{'centered':*^20}", f"{12:08.3f}", f"{-12:=+8}", f"{1234567:,.2f}", f"{0.5:.0%}")
print(f"{3:b} {10:#o} {255:#06x} {65:c} {True:d} {True}", f"{None!r}", f"{'tab':>6}|")
total = sum(r[2] for r in rows)
print(f"{total=}, {total / len(rows)=:.1f}, {len(rows) = }")
print(format(1234.5, ",.1f"), format(0.1, ".20f"), format(1e21, ".0f"), format(-0.0, "+"))
print(str.format("{}-{}", *"ab"), "{:-^11}".format(" end "), "{{literal}} {}".format(1))
mat = [[1.0, -2.25, 3.5], [10.125, 0.0, -7.0]]
print("\n".join("  ".join(f"{x:7.3f}" for x in r) for r in mat))
print("\n".join(" ".join("%6.2f" % x for x in r) for r in mat))
print("{:>6}".format(3.0), "{:6}".format(3), "{:6}".format("s"), "{:e}".format(12345.678))
print("{:n}".format(1234567), "{:.3n}".format(1234.5678), "%.3g %g %G" % (0.0001234, 1e16, 1e-16))
print("Epoch {:3d}/{:d} - loss: {:.4f} - acc: {:.2%}".format(7, 20, 0.123456, 0.8765))
print("%5s|%-5s|%5.1s|" % ("ab", "cd", "xyz"), "%x %#o %e" % (255, 8, 0.5))
try:
    "{:d}".format(1.5)
except ValueError as e:
    print("ValueError:", e)
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    f"{'x':>{'w'}}"
except ValueError as e:
    print("ValueError:", e)
print("%-10s%s" % ("key:", ["v", 1]), "%s" % (("tuple",),), "%.2f%%" % 99.5)
