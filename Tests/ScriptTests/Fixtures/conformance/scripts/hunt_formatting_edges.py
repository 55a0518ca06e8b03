# str.format, %-formatting and f-string edge cases.
import math

print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}|{:+d}|{: d}".format("r", "l", "c", "m", math.pi, 5, 7))
print("{:,} {:_} {:,.2f} {:_x} {:#b} {:#o} {:#X} {:e} {:.2E} {:g} {:%} {:.1%}".format(
    1234567, 1234567, 1234567.891, 255255, 5, 64, 255, 12345.678, 0.000123, 1e20, 0.25, 0.3333))
print("{!r} {!s} {!a} {{literal}} {:{w}.{p}f}".format("q", "q", "é", 2.71828, w=10, p=2))
print("{0:{1}}|{0:>{1}}".format("ab", 6), "{:c}".format(65), "{:n}".format(1234))
print(format(3.14159, ".3"), format(10, "x"), format(True, "d"), format(None, ""), format(0.1, ".20f"))
print("{:.3}".format("abcdef"), "{:10.3}|".format("abcdef"), "{:=+8d}".format(42), "{:0=8d}".format(-42))
print("{:.0f} {:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5, -0.5), round(2.675, 2), f"{2.675:.2f}")
print("{:g} {:g} {:g} {:g} {:g}".format(100000, 1000000, 1e-5, 0.0001, 123456789))
print("%s %r %d %i %5.2f %-6s| %06.2f %x %X %o %e %g %c %%" % ("s", "r", 42, 7, 3.14159, "ab", 3.14159, 255, 255, 8, 1234.5, 0.00001, "z"))
print("%(name)s is %(age)d" % {"name": "Ada", "age": 36}, "%5s|%-5s|" % ("a", "b"), "%.3s" % "abcdef")
print("%+d % d %05d %.2e %10.4f|" % (5, 5, -42, 123456, math.e))
print("%s" % (1, ), "%s" % [1, 2], "%s and %s" % (None, True), "%d%%" % 50)
x, y, name = 3, 4.5, "loss"
print(f"{x=} {y=:.2f} {name=!r} {x + y = } {name=:>6}")
print(f"{x:{'>'}{10}} {y:{x}.{x}} {'nested':{'^'}{12}} {x:0{x}d}")
print(f"{math.pi:.{x}f} {[1, 2][0]} {{braces}} {'quote' + '!'} {3 * '-'}")
print(f"{1e100:.3g} {-0.0} {float('inf')} {float('nan')} {2**64} {-7 // 2} {-7 % 3} {7.5 // 2}")
print(f"{123.456:010.2f} {-5:05} {'left':<6}| {12345:,} {0.1 + 0.2} {1/3:.15g}")
print(repr(1e16), repr(1.5e-7), repr(123456789.123), str(0.1), repr(1e22), 1e15, 12345678901234567890.0)
print(str(1.0), 2.0 ** 0.5, 10 / 4, 10 // 4, 2 ** -1, 7 / 7, divmod(-7, 2), divmod(7.5, 2))
for bad in ["{", "}", "{0!x}", "{:d}", "{0}{}", "{a}"]:
    try:
        print(bad.format(1.5))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
for fmt, arg in [("%d", "s"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", 1)]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
