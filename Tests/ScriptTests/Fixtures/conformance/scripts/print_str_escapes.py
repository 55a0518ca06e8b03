# str repr: quote choice and escapes
items = ["plain", "it's", 'say "hi"', "both ' \"", "tab\there", "new\nline", "back\\slash", "é ü 日本", "\x00\x1f"]
print(items)
for s in items:
    print(repr(s), len(s))
print({"key's": "v\"al"})
print(str(items[1]), items[1])
print(f"{items[4]!r} {items[5]}")
