from collections import Counter

c = Counter("mississippi")
print(c)
print(c["s"], c["z"], "z" in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()))
c.update("sip")
print(c)
c.update({"m": 3, "q": 1})
c.subtract("ssss")
print(c, c.total())
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(Counter(), Counter([1, 2, 2, 3, 3, 3]), Counter({"x": 2, "y": 5}))
print(isinstance(c, dict), type(c).__name__, dict(Counter("aab")))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3))
d = Counter("abc")
d["a"] += 5
del d["b"]
print(d, list(d.keys()), list(d.items()))
print(repr(Counter(a=1)), str(Counter(b=2)))
