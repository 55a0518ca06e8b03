# A config class: properties, classmethod constructors, staticmethods, and formatting in full.
class Config:
    defaults = {"lr": 1e-3, "batch_size": 32, "epochs": 10, "name": "run"}

    def __init__(self, lr=1e-3, batch_size=32, epochs=10, name="run"):
        self._lr = lr
        self.batch_size = batch_size
        self.epochs = epochs
        self.name = name

    @property
    def lr(self):
        return self._lr

    @lr.setter
    def lr(self, value):
        if value <= 0:
            raise ValueError(f"lr must be positive, got {value!r}")
        self._lr = value

    @property
    def steps(self):
        return self.epochs * 100 // self.batch_size

    @classmethod
    def from_dict(cls, d):
        unknown = set(d) - set(cls.defaults)
        if unknown:
            raise KeyError(f"unknown keys: {sorted(unknown)}")
        return cls(**{**cls.defaults, **d})

    @classmethod
    def small(cls):
        return cls(batch_size=8, epochs=2, name="small")

    @staticmethod
    def parse_lr(text):
        return float(text)

    def __repr__(self):
        return (f"{type(self).__name__}(lr={self.lr!r}, batch_size={self.batch_size}, "
                f"epochs={self.epochs}, name={self.name!r})")

    def __str__(self):
        return f"{self.name}: lr={self.lr:.1e} bs={self.batch_size:>4} epochs={self.epochs:03d}"


class TunedConfig(Config):
    pass


c = Config()
print(c)
print(repr(c))
print(Config.from_dict({"lr": 0.1, "name": "big"}))
print(TunedConfig.from_dict({}), type(TunedConfig.small()).__name__)
print(Config.parse_lr("3e-4"), c.parse_lr("0.5"), c.steps)
c.lr = 0.01
print(c.lr, c._lr)
try:
    c.lr = -1
except ValueError as e:
    print(e)
try:
    c.steps = 3
except AttributeError as e:
    print(e)
try:
    Config.from_dict({"lr": 1, "momentum": 0.9, "beta": 2})
except KeyError as e:
    print(repr(e), e)
print(type(Config.__dict__["small"]).__name__, type(Config.__dict__["parse_lr"]).__name__, type(Config.lr).__name__)

lr, bs, name, ratio, big = 3e-4, 64, "adam", 0.8765, 1234567.891
print(f"{lr=}", f"{bs=}", f"{name=}", f"{name = }", f"{ratio=:.2f}", f"{bs*2=}", f"{name!r:>10}")
width, prec = 12, 3
print(f"[{ratio:{width}.{prec}f}]", f"[{ratio:>{width}.{prec}%}]", f"[{name:^{width}}]", f"[{bs:{'0'}{width}d}]")
print(f"[{big:,.2f}]", f"[{big:_.1f}]", f"[{10**9:,}]", f"[{-42:+d}]", f"[{42:+d}]", f"[{42: d}]", f"[{-0.5: .2f}]")
print(f"[{255:#x}]", f"[{255:#o}]", f"[{255:#b}]", f"[{255:08b}]", f"[{255:X}]", f"[{65:c}]", f"[{1e-5:g}]", f"[{1e16:g}]")
print(f"[{3.14159:e}]", f"[{3.14159:.2E}]", f"[{0.000123:.3g}]", f"[{123456789:.3g}]", f"[{2.5:.0f}]", f"[{3.5:.0f}]")
print(f"[{'x':*<6}]", f"[{'x':*>6}]", f"[{'x':*^6}]", f"[{-3:=+8}]", f"[{-3:0=8}]", f"[{3.0:#g}]", f"[{12345:_x}]")
print(f"{'nested {braces}'}", f"{{literal}}", f"{ {'a': 1}['a'] }", f"{3 + 4 = }", f"{c.name.upper()}")
print("%s has %d items at %.2f%%" % ("bag", 3, 45.678))
print("%5s|%-5s|%05d|%+.3e|%x|%X|%o|%r|%c|%%" % ("a", "b", 42, 12345.678, 255, 255, 8, "q", 65))
print("%(name)s=%(value).1f" % {"name": "lr", "value": 0.123}, "%*d|%-*.*f" % (5, 42, 8, 2, 3.14159))
print("%i %u %g %G %.3s" % (3.9, 7, 1e-7, 1e20, "abcdef"), "%s" % (1, ), "%s" % [1, 2], "%d%%" % 50)
print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}-{0}".format(1, name="n"))
print("{:<8}|{:^8}|{:>8}".format("l", "c", "r"), "{:*^9}".format("mid"), "{:=+8.2f}".format(-3.14159))
print("{0!r} {0!s} {0!a}".format("héllo"), "{:,}".format(1234567), "{:_b}".format(1000), "{:.1%}".format(0.256))
point = {"x": 1, "y": [10, 20]}
print("{0[x]} {0[y][1]} {p[y][0]}".format(point, p=point), "{0.name} {0.epochs}".format(c), "{c.lr:.3f}".format(c=c))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{:{}{}{}}".format(7, "0", ">", 5), "{{}} {}".format("ok"))
print(format(3.14159, ".2f"), format(42, "b"), format("s", "^5"), format(1234.5, ",.1f"), repr(format(0.1)))
print(str.format("{}", 1), "{!r:>6}".format("a"), "{:>6!r}".format if False else "skip")
print("| {:<10} | {:>8} |".format("name", "value"))
for k, v in sorted(vars(c).items()):
    print("| {:<10} | {!s:>8} |".format(k, v))
print("{0:>{1}}".format("x", 4), "{:.{}f}".format(2.71828, 3), "{:{}}".format("y", 3) + "|")
print("{:d}".format(True), "{:.2f}".format(True), "{:>5}".format(None) if False else "{!s:>5}".format(None))
