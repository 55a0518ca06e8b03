# Crash hunt: tuples hash their items as hash() does, and a deeply nested tuple hashes
# without recursing.
class A:
    def __hash__(self): return 5
    def __eq__(self, o): return isinstance(o, A)
print(hash((A(),)) == hash((5,)), hash((1, (A(), 2))) == hash((1, (5, 2))), hash(frozenset([A()])) == hash(frozenset([5])))
d = {(A(),): 1, (1, (A(),)): 2}
print(d[(A(),)], d[(1, (A(),))], {(A(), 1), (A(), 1)} == {(A(), 1)})
print(hash((None, 1.5, "s", (), ((),))) == hash((None, 1.5, "s", (), ((),))), hash(()) , hash((1, 2)), hash(((1,), 2)))
t = ()
for i in range(20000):
    t = (t,)
u = ()
for i in range(20000):
    u = (u,)
print(hash(t) == hash(u), hash(t) == hash((t,)), len({t: 1, (t,): 2}), {t: 1}[t])
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
class NoHash:
    __hash__ = None
try:
    hash((1, (NoHash(),)))
except TypeError as e:
    print("TypeError", e)
