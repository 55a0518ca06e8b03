# Crash hunt: changing a dict, set, deque or list while iterating or sorting it raises as in CPython.
from collections import deque, defaultdict, OrderedDict
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except (RuntimeError, ValueError) as e:
        print(label, type(e).__name__, e)
def grow_dict():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 1
def shrink_dict():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
def pop_items():
    d = {1: 1, 2: 2}
    for k, v in d.items():
        d.pop(k)
def grow_values():
    d = {1: 1, 2: 2}
    for v in d.values():
        d[3] = 3
def grow_keys_view():
    d = {1: 1}
    for k in d.keys():
        d[k + 1] = 0
def grow_set():
    s = {1, 2}
    for x in s:
        s.add(x + 10)
def shrink_set():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
def grow_deque():
    q = deque([1, 2])
    for x in q:
        q.append(x)
def pop_deque():
    q = deque([1, 2, 3])
    for x in q:
        q.pop()
def set_deque_item():
    q = deque([1, 2, 3])
    for i, x in enumerate(q):
        q[i] = x * 10
    print(q)
def grow_defaultdict():
    c = defaultdict(int, a=1)
    for k in c:
        c[k + "x"]
def sort_mutation():
    l = [3, 1, 2]
    seen = []
    def key(x):
        seen.append(len(l))
        l.append(x)
        return x
    try:
        l.sort(key=key)
    finally:
        print(l, seen)
def break_after_change():
    d = {1: 1}
    for k in d:
        d[2] = 2
        break
    print(d)
def replace_values():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = k * 10
    print(d)
for f in [grow_dict, shrink_dict, pop_items, grow_values, grow_keys_view, grow_set, shrink_set, grow_deque, pop_deque,
          set_deque_item, grow_defaultdict, sort_mutation, break_after_change, replace_values]:
    attempt(f.__name__, f)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
