# Cycles through functions without a closure (tracked only once they get an attribute), lists
# sharing an array buffer with a copy, instances whose __dict__ was asked for, and objects of
# every generation freed in an interleaved order: what is reachable stays intact, what is not
# is found.
import gc

gc.disable()


def plain():
    return 1


plain.me = plain
plain.data = [plain, {"f": plain}]


def lone():
    return 2


lone_ref = lone
lone.tag = "kept"


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
        self.fn = lambda: None


kept = []
for i in range(30):
    n = Node(i)
    n.fn.owner = n
    if i % 3 == 0:
        kept.append(n)
    if i % 5 == 0:
        vars(n)["extra"] = [n]
del n, i
for g in (0, 1, 0, 2):
    gc.collect(g)
print([k.name for k in kept], all(k.fn.owner is k for k in kept))
print(plain() + lone_ref(), plain.me is plain, plain.data[1]["f"] is plain, lone.tag)
del plain
print(gc.collect() > 0)

a = [1, 2]
a.append(a)
b = a[:]
c = list(a)
del a
gc.collect(0)
print(len(b), b[2][2] is b[2], len(c), c[2] is b[2])

old = [Node("old%d" % i) for i in range(50)]
gc.collect()
gc.collect()
mid = [Node("mid%d" % i) for i in range(50)]
gc.collect(0)
young = [Node("young%d" % i) for i in range(50)]
for i in range(50):
    old[i].peer, mid[i].peer, young[i].peer = mid[i], young[i], old[i]
for i in range(0, 50, 2):
    old[i] = mid[49 - i] = young[i // 2] = None
gc.collect(0)
gc.collect(1)
print(sum(x is not None for x in old + mid + young))
print(sorted(n.peer.peer.peer.name for n in old if n is not None)[:5])
gc.collect()
print([n.peer.name for n in young if n is not None][:5])
t = (Node("t"), [])
t[1].append(t)
t[0].peer = t
del t
print(gc.collect() > 0)
