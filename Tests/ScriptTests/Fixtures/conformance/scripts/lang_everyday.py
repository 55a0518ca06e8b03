counter = 0
def bump():
    global counter
    counter += 1
bump(); bump(); print(counter)
def make():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
f = make(); f(); print(f())
xs = [1, 2, 3, 4, 5]
a, *rest = xs
*init, last = xs
h, *mid, t = xs
print(a, rest, init, last, h, mid, t)
d = {"a": 1, "b": 2}
del d["a"]
del xs[1:3]
print(d, xs)
x = 5
del x
def kw(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(kw(1, c=3), kw(1, 2, 3, c=5, e=6))
def po(a, b, /, c):
    return a + b + c
print(po(1, 2, c=3))
try:
    po(a=1, b=2, c=3)
except TypeError as e:
    print(e)
y: int = 3
def ann(a: int, b: "str" = "x") -> str:
    z: float = 1.5
    return f"{a}{b}{z}"
print(ann(1), y)
name = "w"; val = 3.14159
print(f"{name=} {val=:.2f} {val = }")
s = """multi
line"""
r = r"raw\n"
print(s, r, len(r), rb if False else "")
print(*[1, 2], *"ab", sep="-")
print(dict(**{"a": 1}, b=2))
def star(*a, **k): return a, k
args = (1, 2); kws = {"z": 3}
print(star(*args, 0, *args, **kws, y=1))
class P: pass
p = P(); p.v = 1; del p.v; print(hasattr(p, "v"))
