# Calls whose frames are reused (the interpreter keeps returned calls' frames for the next
# call with as many locals): alternating functions of one size, recursion, closures that keep
# their frame after the call, a call failing while its arguments are evaluated, generator
# functions, and `list.extend` with tuples and lists (appended in place).


def add(a, b):
    c = a + b
    return c


def mul(a, b):
    d = a * b
    return d


print([add(i, 1) if i % 2 else mul(i, 3) for i in range(6)])


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


print(fact(12), fact(3))


def make(x):
    y = x * 2

    def get():
        return x + y
    return get


getters = [make(i) for i in range(4)]
print([g() for g in getters])
print(add(10, 20), make(5)(), add(1, 2))


def boom():
    raise ValueError("boom")


def three(a, b, c):
    return (a, b, c)


try:
    three(1, boom(), 3)
except ValueError as e:
    print("caught", e)
print(three(4, 5, 6), three("x", None, 1.5))


def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


print(list(counter(4)), add(7, 8), list(counter(2)))


def defaults(a, b=10, c=(1, 2)):
    return a, b, c


print(defaults(1), defaults(1, 2), defaults(1, 2, 3), defaults(0))


def unbound(flag):
    if flag:
        v = 1
    return v


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(unbound(True))


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = children

    def walk(self, out):
        out.append(self.value)
        for child in self.children:
            child.walk(out)
        return out


tree = Node(1, (Node(2, (Node(4),)), Node(3)))
print(tree.walk([]))

xs = [1]
xs.extend((2, 3))
xs.extend(())
xs.extend([4, 5])
xs.extend(xs)
xs.extend(tuple(xs[:2]))
xs.extend(i * 10 for i in range(2))
xs.extend("ab")
print(xs)
stack, seen = [tree], []
while stack:
    node = stack.pop()
    seen.append(node.value)
    stack.extend(node.children)
print(seen)
try:
    xs.extend(5)
except TypeError as e:
    print("TypeError", e)
t = (Node(7), Node(8))
ys = []
ys.extend(t)
del t
print([n.value for n in ys])
