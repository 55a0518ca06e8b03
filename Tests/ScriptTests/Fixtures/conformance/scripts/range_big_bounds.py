# range with bounds beyond 64 bits, as CPython's range of Python ints: indexing, slicing,
# `in`, iteration, attributes, truth, and len()'s OverflowError.
r = range(10**30)
print(r, r[5], r[-1], 10**29 in r, -1 in r, 10**30 in r, bool(r), bool(range(10**30, 0)))
print(r[10**20:10**20 + 3], r[::10**29], r[-3:], r.start, r.stop, r.step)
s = range(0, 10**30, 7)
print(s[3], s[-1], 7 * 10**20 in s, 7 * 10**20 + 1 in s, s[10**25], repr(s))
back = range(10**20, 10**20 - 10, -3)
print(back, list(back), len(back), back[1], back[::-1], 10**20 - 3 in back)
for i, v in enumerate(range(2**64, 2**65)):
    print(i, v)
    if i == 2:
        break
print(list(range(2**63 - 2, 2**63 + 2)), range(2**64)[2**63:][:2], 2.0 in range(2**70))
for attempt in [lambda: len(r), lambda: r[10**30], lambda: r["a"], lambda: range(0, 10**30, 0),
                lambda: range(1.5, 10**30), lambda: r[::0]]:
    try:
        print(attempt())
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


xs = list(range(10))
print(xs[Index(2):Index(5)], xs[Index(1)], "abcdef"[Index(1):Index(5):Index(2)], range(10)[Index(3):])
print((1, 2, 3, 4)[Index(1):], xs[:Index(-2)], xs[::Index(-3)])
xs[Index(0):Index(2)] = ["a", "b"]
del xs[Index(8):]
print(xs)
try:
    xs[Index(1):"b"]
except TypeError as exc:
    print("TypeError:", exc)
print(len(r))
