class Box:
    def __init__(self):
        self.slots = {}

    def __setitem__(self, key, value):
        print("  store", key, "=", value)
        self.slots[key] = value


class Manager:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, value)
        return False


def keyed(items):
    box = Box()
    for box[(yield "key?")] in items:
        print("  body", dict(box.slots))
    else:
        print("  else", dict(box.slots))
    return box.slots


g = keyed("ab")
print(next(g))
print(g.send("first"))
try:
    g.send("second")
except StopIteration as stop:
    print("returned", stop.value)


def pairs():
    box = Box()
    for box[(yield "k1")], box[(yield "k2")] in [(1, 2), (3, 4)]:
        if box.slots.get("x") == 3:
            break
    print("  after loop", box.slots)


g = pairs()
print(next(g), g.send("x"), g.send("y"), g.send("x"))
print(list(g))


def managed():
    box = Box()
    with Manager("a") as box[(yield "name?")], Manager("b") as box[(yield "second?")]:
        print("  inside", box.slots)
        yield "body"
    print("  after with")


g = managed()
print(next(g))
print(g.send("one"))
print(g.send("two"))
print(list(g))

g = managed()
print(next(g))
print(g.send("one"))
g.close()
print("closed while storing the second target")

g = managed()
next(g)
try:
    g.throw(ValueError("thrown at the target"))
except ValueError as e:
    print("caught", e)


def bad_store():
    t = (1, 2)
    with Manager("c") as t[(yield "index?")]:
        print("never")


g = bad_store()
next(g)
try:
    g.send(0)
except TypeError as e:
    print("TypeError:", e)


def dropped():
    box = Box()
    with Manager("d") as box[(yield "held")]:
        pass


g = dropped()
next(g)
del g
print("dropped")


def uncaught():
    for x[(yield 1)] in [1]:
        pass


g = uncaught()
next(g)
g.send(0)
