# nested replacement fields inside format specs
x = 2.718281828
for width in [6, 8, 10]:
    for prec in [1, 3]:
        print(f"[{x:{width}.{prec}f}]")
align = "^"
print(f"[{'mid':{align}9}]")
fill_spec = "*>7"
print(f"[{42:{fill_spec}}]")
p = 2
print(f"{x:.{p}e} {x:.{p + 2}g}")
w = 12
print(f"{'total':>{w}}{3.5:>{w}.2f}")
