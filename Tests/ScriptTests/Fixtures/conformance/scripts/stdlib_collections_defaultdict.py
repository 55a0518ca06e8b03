from collections import defaultdict, OrderedDict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(counts)
print(counts.default_factory, isinstance(counts, dict), type(counts).__name__)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print(nested["a"]["b"], dict(nested["a"]))
plain = defaultdict(None, {"k": 1})
print(plain)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
s = defaultdict(tuple)
print(s.get("x"), "x" in s, s)
c = counts.copy()
print(type(c).__name__, c["zzz"], c == counts)
o = OrderedDict()
o["b"] = 1
o["a"] = 2
o["c"] = 3
print(o)
o.move_to_end("b")
print(list(o))
o.move_to_end("c", last=False)
print(o, o.popitem(), o.popitem(last=False), o)
print(OrderedDict(), OrderedDict([("x", 1)]), isinstance(o, dict))
try:
    o.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
print(defaultdict(list, a=[1]))
defaultdict(5)
