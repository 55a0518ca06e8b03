# f-strings with strings, conversions and alignment
s = "loss"
name = "it's"
print(f"{s}|{s:>10}|{s:<10}|{s:^10}|")
print(f"{s:*^11}|{s:-<8}|{s:.2}|{s:10.3}|")
quoted = 'say "hi"'
print(f"{s!r} {name!r} {quoted!r}")
print(f"{s!s:>6}")
print(f"{s!r:>10}")
print(f"[{'':5}]")
print(f"{'é':^5}|{'日本':>4}|")
words = ["alpha", "beta", "gamma"]
for w in words:
    print(f"{w:<8}{len(w):>3}")
print(f"{words!r}")
print(f"{words}")
