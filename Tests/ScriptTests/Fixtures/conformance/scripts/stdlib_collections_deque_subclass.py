# A deque subclass: copy(), +, * and += keep the subclass, as CPython calls type(d)(d, maxlen).
from collections import deque
class History(deque):
    def last(self):
        return self[-1]
h = History([1, 2, 3], maxlen=5)
c = h.copy()
print(type(c).__name__, c, c.maxlen, c.last())
s = h + deque([4])
print(type(s).__name__, s, s.maxlen)
m = h * 2
print(type(m).__name__, m)
h2 = History([1])
h2 += [5]
print(type(h2).__name__, h2)
print(repr(History()), repr(History([1], maxlen=2)))
class Tagged(deque):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
t = Tagged([1], "x")
try:
    print(t.copy())
except TypeError as e:
    print("TypeError:", e)
w = History("abc")
print(type(w.copy()).__name__, w.copy().maxlen, type(2 * w).__name__, 2 * w, w.__copy__())
print(type(deque([1]).copy()).__name__, deque([1], maxlen=3) + deque([2]))
