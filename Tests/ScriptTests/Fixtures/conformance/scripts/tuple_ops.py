# tuples and unpacking
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t))
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
single = (5,)
print(single, len(single), (5))
def min_max(values):
    return min(values), max(values)
lo, hi = min_max([4, 9, 1])
print(lo, hi, min_max([2]))
pairs = [(1, "one"), (2, "two")]
for number, word in pairs:
    print(number, word)
for i, (number, word) in enumerate(pairs):
    print(i, number, word)
print(t + (4,), t * 2, 2 in t, t.index(3), t.count(1))
print(() == (), (1, 2) == (1, 2), (1, 2) < (1, 3))
