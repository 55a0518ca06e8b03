# Lean function objects and instance values: attributes, defaults and nested templates made
# on first need; split-key instance values growing past their first allocation; instances
# freed with scalar values only, with containers, and as long chains.
import functools
import gc


def counter():
    def f():
        f.calls += 1
        return f.calls
    f.calls = 0
    return f


c = counter()
for _ in range(5):
    c()
print(c.calls, sorted(c.__dict__))
c.__dict__ = {"calls": 10, "tag": "x"}
print(c(), c.tag, sorted(c.__dict__))


def make(k):
    def g(x, y=k, *, z=k * 2):
        return x + y + z
    return g


gs = [make(k) for k in range(3)]
print([g(1) for g in gs], gs[2].__defaults__, gs[2].__kwdefaults__)
print(make(5).__qualname__, make(5).__name__)


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return fn(*a) * 2
    return wrapper


@deco
def twice(v):
    """Doc of twice."""
    return v


print(twice(4), twice.__name__, twice.__doc__, twice.__wrapped__(3))
h = lambda: None
print(h.__dict__, h.__defaults__, h.__kwdefaults__)
h.a = 1
del h.a
print(h.__dict__)


class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, f"a{i}", i * i)


w = Wide(12)
print([getattr(w, f"a{i}") for i in range(12)])
w2 = Wide(3)
w2.extra = "e"
print(vars(w2))
w3 = Wide(20)
print(sum(vars(w3).values()), len(w3.__dict__))
del w3.a5
w3.a5 = -1
print(list(vars(w3))[-3:], w3.a5)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.label = "p" + str(x)


pts = [Point(i, i * 0.5) for i in range(1000)]
print(sum(p.x for p in pts), pts[-1].label, pts[3].y)
pts = None
p = Point(1, 2)
p.__dict__ = {"z": 3}
print(vars(p), hasattr(p, "x"))


class Node:
    def __init__(self, nxt):
        self.next = nxt
        self.payload = (nxt, [1, 2])


head = None
for i in range(10000):
    head = Node(head)
head = None
print("chain freed")

gc.disable()
for i in range(50):
    a = Point(i, i)
    b = Point(i, -i)
    a.other = b
    b.other = a
    a.f = lambda: a
    b.f = lambda: b
    a.f.owner = b
del a, b
gc.collect()
gc.enable()
print("cycles collected")
