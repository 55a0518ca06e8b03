# dict methods and insertion order
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), d["c"])
d.update({"d": 4, "a": 10})
print(d)
d.update(e=5)
print(d)
print(d.pop("b"), d)
print(d.pop("zz", "missing"))
print("a" in d, "b" in d, 10 in d.values())
merged = {"lr": 0.1, "momentum": 0.9} | {"lr": 0.01}
print(merged)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip(["p", "q"], [1, 2])))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(d.setdefault("f", 6), d)
copy = dict(d)
copy["g"] = 7
print(len(d), len(copy))
print(d.keys(), d.values(), d.items())
