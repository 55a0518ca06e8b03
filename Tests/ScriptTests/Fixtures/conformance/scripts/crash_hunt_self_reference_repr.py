# Crash hunt: containers that hold themselves print with CPython's markers.
from collections import deque, OrderedDict, defaultdict
l = [1]
l.append(l)
d = {}
d[1] = d
print(l, d, [d, l])
q = deque([1])
q.append(q)
print(q)
o = OrderedDict()
o["a"] = o
print(o)
dd = defaultdict(list)
dd["a"] = dd
print(dd)
t = ([],)
t[0].append(t)
print(t)
class C:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return f"C({self.items})"
try:
    print(C())
except RecursionError as e:
    print("RecursionError", e)
