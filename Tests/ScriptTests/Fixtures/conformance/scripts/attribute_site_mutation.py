# Attribute reads, stores and augmented stores at expressions that already ran many times (so
# their inline caches are warm) must still follow every change made to the class afterwards:
# a __setattr__, a property, a __getattribute__ added or removed later; instances of a
# subclass and of an exception class through the same expressions; dicts keyed by instances
# and by big ints beside strings.


class Node:
    def __init__(self, data):
        self.data = data
        self.grad = 0.0


def bump(n, by):
    n.grad += by * n.data
    return n.grad


def store(n, v):
    n.data = v


def load(n):
    return n.data


nodes = [Node(i) for i in range(50)]
for n in nodes:
    store(n, load(n) + 1)
    bump(n, 2)
print(sum(load(n) for n in nodes), sum(n.grad for n in nodes))

# A __setattr__ added after the store expressions are warm takes every store.
log = []


def logging_setattr(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value)


Node.__setattr__ = logging_setattr
store(nodes[0], 100)
bump(nodes[1], 3)
Node(7)
print(log, load(nodes[0]), nodes[1].grad)
del Node.__setattr__
store(nodes[2], 5)
print(len(log), load(nodes[2]))

# A property for `data` added later: its getter and setter win over the instance's value.
Node.data = property(lambda self: "prop", lambda self, v: log.append(("prop set", v)))
store(nodes[3], 9)
print(load(nodes[3]), log[-1], vars(nodes[3]))
del Node.data
print(load(nodes[3]))

# A __getattribute__ added later takes the reads (and the read half of `+=`).
Node.__getattribute__ = lambda self, name: 1.5 if name == "data" else object.__getattribute__(self, name)
print(load(nodes[4]), bump(nodes[4], 2))
del Node.__getattribute__
print(load(nodes[4]), bump(nodes[4], 2))


# Instances of a subclass, of another class and of an exception class through the same sites.
class Sub(Node):
    pass


class Err(Exception):
    def __init__(self, data):
        super().__init__(data)
        self.data = data
        self.grad = 0


for obj in [Sub(2), Err(3), nodes[5], Sub(4)]:
    store(obj, load(obj) * 10)
    print(type(obj).__name__, load(obj), bump(obj, 1), end="; ")
print()

# An instance whose __dict__ was replaced keeps its new values.
odd = Node(1)
odd.__dict__ = {"data": 41, "grad": 1}
store(nodes[6], 8)
print(load(odd), bump(odd, 1), vars(odd), load(nodes[6]))

# Dicts keyed by instances (identity), and by big ints beside strings in a small dict.
seen = {}
for n in nodes + nodes[:10]:
    if n not in seen:
        seen[n] = True
print(len(seen), nodes[3] in seen, Node(0) in seen)
small = {"a": 1}
small[10**30] = "big"
small["b"] = 2
print(small[10**30], 10**30 in small, small.get(10**30 + 1), list(small))

# A __dict__ assigned to an instance is its dict from then on; it must be a dict.
alias = {"data": 1}
nodes[7].__dict__ = alias
store(nodes[7], 70)
alias["grad"] = 7
print(vars(nodes[7]) is alias, alias, bump(nodes[7], 1))
try:
    nodes[8].__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
