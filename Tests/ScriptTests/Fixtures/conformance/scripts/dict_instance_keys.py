# Dicts keyed by instances (hashed by identity, or by their own __hash__/__eq__), ints,
# strings, tuples and mixes: lookups, insertion order, deletion, growth, and when __eq__ runs.
from collections import OrderedDict


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"


nodes = [Node(i) for i in range(50)]
seen = {}
for n in nodes + nodes[::3]:
    if n not in seen:
        seen[n] = len(seen)
print(len(seen), seen[nodes[7]], nodes[49] in seen, Node(1) in seen)
for n in nodes[10:40]:
    del seen[n]
print(len(seen), list(seen)[:12], seen.get(nodes[45]), seen.get(nodes[20], "gone"))
seen[nodes[20]] = "back"
print(list(seen.items())[-2:], nodes[20] in seen)
print(seen.pop(nodes[0]), nodes[0] in seen, len(seen))

# Identity keys beside ints, floats, strings, tuples and None in one dict.
mixed = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none"}
for n in nodes[:5]:
    mixed[n] = n.name
mixed[True] = "true replaces 1"
mixed[2.0] = "two"
print(mixed[1], mixed[2], mixed[(1, 2)], mixed[None], mixed[nodes[3]], len(mixed))
print([k for k in mixed if isinstance(k, Node)])


# Instances with their own hash and equality: __eq__ runs only for an equal hash.
class Key:
    calls = 0

    def __init__(self, v, h):
        self.v, self.h = v, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        Key.calls += 1
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return f"Key({self.v})"


d = {}
for v in range(20):
    d[Key(v, v % 4)] = v
Key.calls = 0
print(d[Key(13, 1)], Key(13, 1) in d, Key(13, 2) in d, Key(99, 3) in d)
print("eq calls", Key.calls > 0)
Key.calls = 0
print(d.get(Key(5, 100)), Key.calls)
print(Key(2, 2) in {Key(2, 2): 0}, {Key(1, 7): "a", Key(1, 7): "b"})

# Growth from empty to thousands of entries of each kind, then lookups of each.
big = {}
objs = [Node(i) for i in range(3000)]
for i, o in enumerate(objs):
    big[o] = i
    big[i] = -i
    big[f"k{i}"] = i * 2
print(len(big), big[objs[2999]], big[2999], big["k2999"], sum(big[o] for o in objs[::100]))
for o in objs[:1500]:
    del big[o]
print(len(big), objs[10] in big, objs[2000] in big, big[objs[2000]])

# OrderedDict moves and copies keep lookups right.
od = OrderedDict((n, n.name) for n in nodes[:12])
od.move_to_end(nodes[0])
od.move_to_end(nodes[11], last=False)
print(list(od)[:3], list(od)[-2:], od[nodes[0]], od[nodes[11]], nodes[5] in od)
cp = dict(seen)
cp[nodes[1]] = "changed"
print(seen[nodes[1]], cp[nodes[1]], cp == seen, len(cp))
s = {n for n in nodes[:10]} | {nodes[0], Node(0)}
print(len(s), nodes[3] in s)
