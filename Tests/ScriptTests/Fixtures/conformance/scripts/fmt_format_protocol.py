# format(), __format__ and f-strings with nested specs
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        return f"${self.cents / 100:{spec}}"
    def __str__(self):
        return "Money"

class Plain:
    def __repr__(self):
        return "Plain()"

m = Money(12345)
print(format(m), format(m, ">12,.2f"))
print(f"{m} {m:.1f} {m!s} {m!r:.8}")
print("{} {:.0f} {!s:>8}".format(m, m, m))
print(f"{Plain()} {Plain()!r:>10} {Plain():}")
print("{}".format(Plain()))
w, p, x = 10, 3, 3.14159265
print(f"{x:{w}.{p}f}|{x:<{w}}|{x:{'^'}{w}.{p}e}|")
print(f"{'abc':{'*'}>{w}}|{42:{'+'}0{w}d}")
for width in range(3, 6):
    print(f"[{width:{width}}]")
fmt = ".2f"
print(f"{x:{fmt}} {x:{fmt}}")
print(f"{x=:.3f} {w=} {p = }")
class Temp:
    def __format__(self, spec):
        return "T(" + spec + ")"
t = Temp()
print(f"{t:abc} {t:{w}x} {t}")
print("{:hello {}}".format(t, "world"))
print(format(t, "xyz"))
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{None:>5}"
except TypeError as e:
    print("TypeError:", e)
try:
    format([1], "s")
except TypeError as e:
    print("TypeError:", e)
class Bad:
    def __format__(self, spec):
        return 42
try:
    format(Bad())
except TypeError as e:
    print("TypeError:", e)
