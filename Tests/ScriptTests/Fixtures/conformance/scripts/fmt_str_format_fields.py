# str.format: numbering, keywords, attribute and index fields, conversions, nested specs
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(3, 4)
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{2}{1}{0}".format(*"abc"))
print("{name} is {age} years".format(name="Ada", age=36))
print("{0} and {who}".format("me", who="you"))
print("{0.x},{0.y} {p.x}".format(p, p=p))
print("{.x}".format(p))
print("{a[1]} {a[0]} {d[key]} {d[2]} {0[1][0]}".format([["n"], ["m"]], a=[10, 20], d={"key": "v", 2: "two"}))
print("{!r} {!s} {!a}".format("é", p, "é"))
print("{0!r:>12}|{0!s:<8}|".format("txt"))
print("{:{w}.{p}f}|{:{}}|{x:{fill}^{w}}".format(3.14159, "ab", 6, w=10, p=2, x="mid", fill="*"))
print("{0:{1}{2}}".format(42, ">", 8))
print("{{literal}} {{{0}}} }}{{".format("in"))
print("{:,} {:_} {:_x} {:#_b} {:,.2f}".format(1234567, 7654321, 0xFFFFFF, 10, 9876543.215))
print("{:+} {: } {:-} {:+.1e}".format(5, 5, -5, 12345.0))
print("{:=+8} {:0=8} {:*=8.2f} {:08.3f}".format(42, -42, -3.14159, -2.5))
print("{:%} {:.1%} {:.0%}".format(0.25, 1 / 3, 0.125))
print("{:c}{:c}{:c}".format(80, 121, 0x1F600))
print("{:x} {:X} {:o} {:b} {:#x} {:#X} {:#o} {:#b}".format(255, 255, 8, 5, 255, 255, 8, 5))
print("{:n} {:n} {:n}".format(1234567, 1234.5678, 1e20))
print("{:e} {:E} {:.0e} {:#.0e}".format(0.00012345, 123456.0, 5.5, 5.0))
print("{:g} {:G} {:.3g} {:#.3g} {:g} {:g}".format(1e-5, 1e16, 1234.5, 1.0, 100000.0, 1e6))
print("{:f} {:F} {:.2f} {:.0f} {:.0f} {:.0f}".format(1.5, float("inf"), 2.675, 0.5, 1.5, 2.5))
print("{} {} {} {}".format(1e16, 1.0, 0.1 + 0.2, -0.0))
print("{:} {:.3} {:.1} {:10.4}".format(2.5, 3.14159, 0.05, 12345.678))
print("{:10} {:<10} {:>10}|".format(3.5, 3.5, "s"))
print("{:10}|{:<4}|{:^9}|{:>6}|".format("left", 12, "mid", "r"))
print("{:.3}|{:^7.2}|".format("truncate", "xyz"))
print("{:z.1f} {:z.0f} {:.1f}".format(-0.04, -0.4, -0.04))
print("{:_d} {:,d} {:,} {:_}".format(-1000000, 10 ** 12, -1234.5, 12345.678))
print("{:010,} {:012_.2f}".format(1234, 1234.5))
print("{:b} {:x} {:,}".format(2 ** 70, 2 ** 70, 10 ** 25))
print("{:>30}|{:e}".format(2 ** 80, 2 ** 80))
print("{} {:d} {:5}|{:>5}|".format(True, False, True, False))
print("{0:{1}}|".format("x", 5))
print("{0[0]:>{0[1]}}|".format(["ab", 6]))
print("{:.{}f}".format(2.71828, 3))
print("{:{}{}{}}".format(7, "0", ">", 4))
print("%s and {}".format("braces"))
print("{0.real} {0.imag}".format(5))
print("{:.2f} {:.2f}".format(0.125, 0.375))
args = {"loss": 0.123456, "epoch": 3}
print("epoch {epoch:>3} loss {loss:.4f}".format(**args))
print("{epoch}/{loss:.2e}".format_map(args))
print(format(1234567.891, ",.2f"), format(255, "#010b"), format("ab", "*^7"), format(3))
print(format(0.1), format(-7), format("s"), format(None), format([1, 2]), format(1e100))
table = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0)]
for name, n, v in table:
    print("{:<8}|{:>5d}|{:>8.2f}|".format(name, n, v))
print("{:-^30}".format(" done "))
