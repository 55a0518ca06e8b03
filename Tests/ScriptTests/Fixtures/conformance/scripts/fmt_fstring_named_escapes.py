# \N{NAME} escapes inside f-strings: their braces belong to the escape, not to a field.
x = 3
loss = 0.125
print(f"\N{BULLET} {x}")
print(f"\N{BULLET}")
print(f"{x} \N{BULLET}")
print(f"\N{BULLET}{x}")
print(f"a\N{GREEK SMALL LETTER ALPHA} b {x:>3}")
print(f"\N{GREEK SMALL LETTER ETA}={loss:.3f} \N{RIGHTWARDS ARROW} {x * 2}")
print(f"{'ok':\N{MIDDLE DOT}^9}")
print(f"{{\N{BLACK STAR}}} {x!r}")
print(rf"\N{{BULLET}} {x}")
print(f"\\N{x}")
items = ["a", "b"]
print("\n".join(f"  \N{EM DASH} {item}" for item in items))
