# Sets, frozensets, dict views with set operations, sorted/min/max as label bookkeeping uses them.
train_labels = {"cat", "dog", "bird", "fish"}
val_labels = {"dog", "fish", "horse"}
print(sorted(train_labels | val_labels), sorted(train_labels & val_labels), sorted(train_labels - val_labels))
print(sorted(train_labels ^ val_labels), train_labels <= train_labels | val_labels, val_labels < val_labels)
print({1, 2} < {1, 2, 3}, {1, 2, 3} > {1}, {1} >= {1}, {1, 2}.isdisjoint({3}), {1}.issubset([1, 2]), {1, 2}.issuperset((1,)))
s = {3, 1, 2}
s.add(4)
s.discard(10)
s.remove(1)
s |= {7}
s &= {2, 3, 4, 7, 8}
s -= {4}
s ^= {9, 2}
print(s, len(s), 3 in s, 5 not in s)
s.update([10, 11], (12,))
s.intersection_update({3, 7, 10, 11, 12, 99})
s.difference_update([11])
s.symmetric_difference_update({12, 13})
print(s, s.pop() in {3, 7, 10, 13}, len(s))
t = s.copy()
t.clear()
print(t, s != t, set(), frozenset(), set("hello") == set("olleh"))
print({1, 2}.union([3], (4,)), {1, 2, 3}.intersection([2, 3], {3}), {1, 2, 3}.difference([1], [2]), {1, 2}.symmetric_difference([2, 3]))
fs = frozenset([1, 2, 3])
print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, fs & {1}, hash(fs) == hash(frozenset({3, 2, 1})))
print({fs: "key"}[frozenset([3, 1, 2])], {frozenset(), frozenset([1])}, fs.union([9]), fs == {1, 2, 3})
print(repr(frozenset("ab") - frozenset("a")), frozenset(range(3)).issubset(range(5)), set([frozenset([1])]))
for bad in [lambda: {1}.remove(2), lambda: set().pop(), lambda: {[1]}, lambda: fs.add(1), lambda: {1} + {2},
            lambda: {1} | [2], lambda: hash({1}), lambda: {1} < [1], lambda: set(1, 2)]:
    try:
        print(bad())
    except (KeyError, TypeError, AttributeError) as err:
        print(type(err).__name__, err)

counts = {"cat": 5, "dog": 3, "bird": 5, "fish": 1}
other = {"dog": 0, "horse": 2}
keys, values, items = counts.keys(), counts.values(), counts.items()
print(keys, values, items)
print(sorted(keys & other.keys()), sorted(keys - other), sorted(keys | other.keys()), sorted(keys ^ {"cat", "zebra"}))
print(items & {("dog", 3), ("cat", 1)}, sorted(items - {("fish", 1)}), keys <= {"cat", "dog", "bird", "fish", "x"})
print("cat" in keys, 5 in values, ("cat", 5) in items, len(items), list(reversed(keys)), keys == {"cat", "dog", "bird", "fish"})
counts["emu"] = 0
print(keys, len(values), keys.isdisjoint(["x"]))
print(sorted(counts), sorted(counts, key=counts.get, reverse=True), sorted(counts.items(), key=lambda kv: kv[1]))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])), sorted([3, 1, 2], reverse=True), sorted("bca"))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted(["B", "a", "C"], key=str.lower), sorted([-3, 2, -1], key=abs))
print(sorted([[2, 1], [1, 5], [1, 2]], key=lambda p: p[0]), sorted(range(5), key=lambda v: v % 2))
print(min(counts, key=counts.get), max(counts.values()), max(counts.items(), key=lambda kv: kv[1]))
print(min([], default=None), max([], default=-1), min([4, 2, 8], key=lambda v: -v), max("apple", "fig", key=len))
print(min(3, 1, 2), max([1, 5], [1, 6]), min("b", "a"), max(range(10), key=lambda v: (v % 3, v)), min((), default="empty"))
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
print({k: v for k, v in sorted(counts.items()) if v}, dict(zip("abc", range(3))), dict.fromkeys(["x", "y"], []))
d = {}
d.setdefault("a", []).append(1)
d.setdefault("a", []).append(2)
print(d, d.get("z"), d.get("z", 0), d.pop("a"), d.pop("a", "gone"), d | {"n": 1}, {"a": 1} | {"a": 2})
d2 = {"x": 1}
d2 |= {"y": 2}
d2.update(z=3)
d2.update([("w", 4)])
print(d2, d2.popitem(), list(d2.items()), dict(sorted(d2.items(), reverse=True)))
for bad in [lambda: min([]), lambda: max(), lambda: sorted([1, "a"]), lambda: min(1), lambda: counts["zebra"],
            lambda: keys[0], lambda: {}.popitem(), lambda: max([1], key=1), lambda: sorted(1)]:
    try:
        print(bad())
    except (ValueError, TypeError, KeyError) as err:
        print(type(err).__name__, err)
print(sorted({3, 1, 2}), sorted(frozenset("cab")), sorted({"b": 1, "a": 2}.values()))
print(max([], key=len))
