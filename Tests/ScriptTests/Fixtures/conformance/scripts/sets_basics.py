s = {3, 1, 2}
print(s, type(s).__name__, len(s), 2 in s, 5 in s, 5 not in s, bool(s), bool(set()))
print(set(), set([1, 2, 2, 3]), set("hello"), set(range(5)), set((1, 1.0, True)), set({"a": 1, "b": 2}))
print({1, 2} == {2, 1}, {1, 2} != {1, 3}, {1} == frozenset({1}), {1, 2} == [1, 2])
e = set()
e.add(1)
e.add(1)
e.add("one")
print(e, len(e))
letters = {c for c in "mississippi"}
print(letters, sorted(letters))
squares = {x * x for x in range(-5, 6)}
print(squares)
print({x % 7 for x in range(100) if x % 2})
nested = {(i, j) for i in range(3) for j in range(2)}
print(nested)
names = {"alice", "bob", "carol", "dave", "eve", "frank", "grace", "heidi", "ivan", "judy"}
print(names)
print(sorted(names), min(names), max(names), sum({1, 2, 3}), list({10, 20}))
for x in {5, 15, 25}:
    print(x, end=" ")
print()
print({-1, -2, -3, 0, 1}, {2 ** 62, 2 ** 63, -(2 ** 63)}, {0.5, 1.5, 0.25, 1e100}, {None, True})
print({1, 2, *[3, 4], *range(5, 7)}, {*"ab", *"bc"})
fs = frozenset([1, 2, 3])
print(fs, frozenset(), frozenset("aab"), type(fs).__name__, hash(fs) == hash(frozenset({3, 2, 1})))
d = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(d[frozenset({2, 1})], d[frozenset()], {fs, frozenset({4})})
print(isinstance(s, set), isinstance(fs, frozenset), isinstance(fs, set), repr(set()), str({1}))
big = set(range(0, 200, 7))
print(big)
strs = set(str(i) for i in range(30))
print(strs)
print({(1, "a"), (2, "b"), (1, "b")}, {"é", "ü", "日本", "a"})
