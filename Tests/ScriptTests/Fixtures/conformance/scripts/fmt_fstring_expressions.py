# expressions inside f-strings
a = 3
b = 4.5
xs = [10, 20, 30]
d = {"k": "v", "n": 2}
flag = True
print(f"{a + b} {a * 2} {a / 2} {a // 2} {a ** 2}")
print(f"{xs[0]} {xs[-1]} {xs[1:]}")
print(f"{d['k']} {d['n'] * 10}")
print(f"{'yes' if flag else 'no'} {'yes' if not flag else 'no'}")
print(f"{{braces}} {{{a}}}")
print(f"{len(xs)} {sum(xs)} {max(xs)} {min(xs)}")
print(f"{[x * 2 for x in xs]}")
print(f"{a}{b}{flag}{None}")
print(f"{'nested ' + str(a)}")
print(f"{(a, b)}")
print(f"{d}")
name = "w"
print(f"{name}={b:.1f}", f"{name.upper()}")
