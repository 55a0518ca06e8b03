# The gc module's interface: thresholds, enabling, collect's argument checks, and that a
# collection keeps every reachable cycle intact while finding the dropped ones.
import gc

print(gc.get_threshold(), gc.isenabled())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(900, 20, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__, type(gc.get_count()).__name__, len(gc.get_count()))


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
print(gc.collect() >= 0, a.peer.name, b.peer.peer.name)
del a, b
print(gc.collect() > 0)

gc.disable()
c = Node("c")
c.peer = c
del c
print("disabled, collect still finds:", gc.collect() > 0)
gc.enable()

ring = [Node(i) for i in range(4)]
for i, node in enumerate(ring):
    node.peer = ring[(i + 1) % 4]
d = {"me": None}
d["me"] = d
lst = [1, 2]
lst.append(lst)
for generation in (0, 1, 2, 2, 1, 0):
    gc.collect(generation)
print([n.peer.name for n in ring], d["me"] is d, lst[2] is lst, len(lst))
print(gc.collect(generation=1) >= 0)

for bad in (lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect("x"),
            lambda: gc.collect(1.0), lambda: gc.collect(1, 2), lambda: gc.collect(gen=1),
            lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4),
            lambda: gc.set_threshold("a"), lambda: gc.set_threshold(x=1),
            lambda: gc.set_threshold(2 ** 40), lambda: gc.enable(1), lambda: gc.disable(0),
            lambda: gc.isenabled(None), lambda: gc.get_count(1), lambda: gc.get_threshold(1)):
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    gc.set_threshold(7, "no")
except TypeError as e:
    print(e, gc.get_threshold())
gc.collect(True)
print(gc.collect(False) >= 0)
gc.frobnicate()
