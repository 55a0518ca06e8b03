from collections import deque


class Vocabulary(set):
    """A set of words that counts how many were added."""

    def __init__(self, words=()):
        super().__init__(w.lower() for w in words)
        self.added = len(self)

    def add(self, word):
        super().add(word.lower())
        self.added += 1

    def __contains__(self, word):
        return super().__contains__(word.lower())


v = Vocabulary(["The", "cat", "the"])
v.add("SAT")
print(v == {"the", "cat", "sat"}, len(v), v.added, "CAT" in v, "dog" in v)
print(sorted(v), type(v).__name__, isinstance(v, set), isinstance(v, frozenset))
print(sorted(v | {"on"}), type(v | {"on"}).__name__, type({"on"} | v).__name__)
print(sorted(v & {"cat", "dog"}), sorted(v - {"cat"}), sorted(v ^ {"cat", "mat"}))
v |= {"mat"}
print(type(v).__name__, sorted(v), v.added)
v -= {"the"}
print(sorted(v), v <= {"cat", "sat", "mat", "x"}, v < v, v >= {"cat"}, {"cat"} < v)
print(type(v.copy()).__name__, type(v.union()).__name__, v.issubset(["cat", "sat", "mat"]))
v.discard("cat")
print(sorted(v), bool(v), bool(Vocabulary()), repr(Vocabulary()))
try:
    hash(v)
except TypeError as e:
    print("TypeError:", e)
try:
    {v: 1}
except TypeError as e:
    print("TypeError:", e)


class Tags(set):
    pass


t = Tags([3, 1, 2])
print(t, repr(t), str(t), f"{t}", len(t), set(t) == t, t == frozenset(t))
t.update([4, 5])
t.remove(1)
print(t, t.pop(), t)
print(Tags("aab") == Tags("ba"), Tags() == set(), [x * 2 for x in Tags([1, 2])])


class Key(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)

    def __repr__(self):
        return "Key" + repr(sorted(self))


k = Key(2, 1)
print(k, len(k), 1 in k, k == frozenset({1, 2}), hash(k) == hash(frozenset({1, 2})))
d = {k: "found"}
print(d[frozenset({1, 2})], d[Key(1, 2)], type(k | {3}).__name__, sorted(k | {3}))


class Point(frozenset):
    pass


p = Point([1, 2])
print(p, repr(Point()), {p, frozenset([1, 2])}, type(p.copy()).__name__)


class Window(deque):
    def __init__(self, size, items=()):
        super().__init__(items, maxlen=size)

    def mean(self):
        return sum(self) / len(self)

    def append(self, x):
        print("  append", x)
        super().append(x)


w = Window(3, [1.0, 2.0])
w.append(3.0)
w.append(4.0)
print(w, w.maxlen, w.mean(), w[0], w[-1], len(w), list(reversed(w)), 3.0 in w)
w[0] = 10.0
del w[1]
print(w, repr(Window(2)), type(w).__name__, isinstance(w, deque), bool(Window(1)))
w.appendleft(0.5)
w.extend([7.0])
print(w, w.popleft(), w.pop(), w, w.count(4.0), w.index(4.0))
print(w == deque([4.0]), deque([4.0]) == w, w != deque())
w += [2.0, 3.0]
print(w, type(w).__name__)


class Plain(deque):
    pass


print(set.union(Tags([1]), [2]), sorted(list(map(frozenset.union, [Point([1])], [[2]]))[0]))
set.add(v, "via set.add")
deque.append(w, 0.0)
print(sorted(v), w)
q = Plain("abc")
q.rotate(1)
print(q, q.maxlen, Plain([1], 5), sorted(Plain([3, 1, 2])))
try:
    Tags(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Plain([1], maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
for base in (bool, range, slice, type(None)):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print("TypeError:", e)
