# Attribute reads and stores, method calls and isinstance on variables (locals and free
# variables of closures), where the interpreter reads the variable in place: rebinding,
# unbound names, class changes, hooks and errors must behave as in CPython.


class Node:
    def __init__(self, data):
        self.data = data
        self.grad = 0.0
        self.hook = lambda: "hook of %r" % (self.data,)

    def method(self):
        return "method of %r" % (self.data,)


class Sub(Node):
    pass


def reads(a, b):
    out = []
    for _ in range(3):
        out.append(a.data + b.data)
        a, b = b, a
    return out


print(reads(Node(1), Node(2)))


def closures():
    x = Node(10)
    y = Node(20)

    def get():
        return x.data, y.grad

    def put(v):
        x.grad = v
        y.data = v * 2

    def swap():
        nonlocal x, y
        x, y = y, x

    put(3)
    print(get(), x.grad, y.data)
    swap()
    put(5)
    print(get(), x.grad, y.data)
    return get


g = closures()
print(g())


def rebinding_in_value():
    a = Node(1)
    b = Node(2)
    # The value is evaluated first, rebinding `a`: the store goes to the new object.
    a.data = (a := b).data + 100
    return a.data, b.data


print(rebinding_in_value())


def isinstance_checks(v, cls):
    return [isinstance(v, Node), isinstance(v, Sub), isinstance(v, cls), isinstance(v, (int, Node))]


print(isinstance_checks(Node(0), Node))
print(isinstance_checks(Sub(0), Sub))
print(isinstance_checks(3, int))

RealNode = Node


def check_global_rebound(v):
    return isinstance(v, Node)


print(check_global_rebound(RealNode(1)))
Node = Sub
print(check_global_rebound(RealNode(1)), check_global_rebound(Sub(1)))
Node = RealNode


def calls():
    n = Node(7)
    print(n.hook(), n.method())
    n.method = lambda: "instance attribute shadows"
    print(n.method(), Node.method(n))
    n.hook = n.method
    print(n.hook())

    def later():
        return n.hook()
    print(later())


calls()


class Watched:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append((name, value))
        object.__setattr__(self, name, value)


def hooks():
    w = Watched()
    w.a = 1
    w.a = 2
    w.b = w.a + 1
    print(w.log, w.a, w.b)


hooks()


class WithProperty:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value * 10


def properties():
    p = WithProperty()
    for i in range(3):
        p.v = i
        print(p.v, p._v)


properties()


def rebinding_getter():
    holder = Node(1)

    class Tricky:
        @property
        def value(self):
            nonlocal holder
            holder = Node(99)
            return "tricky"

    t = Tricky()
    holder.data = t
    print(holder.data.value, holder.data)

    def read():
        return holder.data
    print(read())


rebinding_getter()


def class_changes():
    n = Node(1)
    out = []
    for i in range(4):
        out.append(n.data)
        if i == 1:
            Node.data = "class attribute"
            del n.data
        if i == 2:
            n.data = "back"
    del Node.data
    print(out)


class_changes()


def unbound_free():
    def inner():
        return late.data
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    late = Node(5)
    print(inner())


unbound_free()


def missing():
    n = Node(1)
    try:
        n.nothing
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        n.nothing()
    except AttributeError as e:
        print("AttributeError:", e)


missing()


def unbound_local():
    if False:
        n = Node(0)
    n.data = 1


unbound_local()
