# `yield` in assignment targets, augmented assignments, `del`, default values, decorators
# and class bases, with CPython's order of evaluation.
log = []


class Box:
    def __init__(self, name):
        self.name = name
        self.items = {}

    def __getitem__(self, key):
        log.append(f"get {self.name}[{key!r}]")
        return self.items.get(key, 0)

    def __setitem__(self, key, value):
        log.append(f"set {self.name}[{key!r}] = {value!r}")
        self.items[key] = value

    def __delitem__(self, key):
        log.append(f"del {self.name}[{key!r}]")
        del self.items[key]

    def __repr__(self):
        return f"Box({self.name}, {self.items})"


def value(v):
    log.append(f"value {v!r}")
    return v


def target_subscript():
    b = Box("b")
    b[(yield "key?")] = value(1)
    b[(yield "key2?")], b[(yield "key3?")] = value((2, 3))
    a = b2 = Box("c")
    a[(yield "chained?")] = b2[(yield "chained2?")] = value("x")
    yield b, a


g = target_subscript()
print(next(g))
print(g.send("k1"))
print(g.send("k2"))
print(g.send("k3"))
print(g.send("c1"))
print(g.send("c2"))
print(log)
log.clear()


class Obj:
    pass


def target_attribute():
    o = Obj()
    holder = {"o": o}
    holder[(yield "which?")].x = value(10)
    (yield "obj?").y = value(20)
    yield o.x


g = target_attribute()
print(next(g))
o2 = Obj()
print(g.send("o"))
print(g.send(o2))
print(o2.y, log)
log.clear()


def augmented():
    x = 1
    x += yield "x?"
    b = Box("aug")
    b["k"] = 5
    b["k"] += yield "k?"
    o = Obj()
    o.total = 100
    o.total -= yield "total?"
    b[(yield "which key?")] += 1
    yield x, b.items, o.total


g = augmented()
print(next(g))
print(g.send(10))
print(g.send(7))
print(g.send(1))
print(g.send("k"))
print(log)
log.clear()


def rebinding():
    # The target's old value is read before the yield: a rebinding while suspended is lost.
    global counter
    counter = 1
    counter += yield "sent?"
    yield counter


g = rebinding()
next(g)
counter = 1000
print(g.send(5), counter)


def deleting():
    b = Box("d")
    b.items = {"a": 1, "b": 2}
    del b[(yield "delete which?")]
    o = Obj()
    o.p = 1
    del (yield "object?").p
    yield b.items


g = deleting()
print(next(g))
o3 = Obj()
o3.p = 5
print(g.send("a"))
print(g.send(o3))
print(hasattr(o3, "p"), log)
log.clear()


def decorate(tag):
    def wrap(f):
        log.append(f"decorate {f.__name__} with {tag}")
        f.tag = tag
        return f
    return wrap


def definitions():
    @decorate((yield "tag?"))
    def f(a=(yield "default a?"), *, b=(yield "default b?")):
        return a, b

    class Base:
        kind = "base"

    @decorate("cls")
    class C((yield "base?")):
        pass

    yield f(), f.tag, C.__bases__[0].__name__, C.tag


g = definitions()
print(next(g))
print(g.send("T"))
print(g.send(1))
print(g.send(2))
print(g.send(Obj))
print(log)


def annotated():
    b = Box("ann")
    b[(yield "ann key?")]: int = value(3)
    yield b.items


g = annotated()
print(next(g))
print(g.send("z"))


def lambdas():
    f = lambda x=(yield "lambda default?"): x * 2
    yield f()


g = lambdas()
print(next(g))
print(g.send(21))


def starred():
    first, *rest = yield "seq?"
    d = {}
    d[(yield "k?")], *d[(yield "k2?")] = value([1, 2, 3])
    yield first, rest, d


g = starred()
print(next(g))
print(g.send([1, 2, 3]))
print(g.send("a"))
print(g.send("b"))


def bad_unpack():
    b = Box("bad")
    b[(yield "k?")], b[(yield "k2?")] = value((1, 2, 3))


g = bad_unpack()
print(next(g))
g.send("x")
