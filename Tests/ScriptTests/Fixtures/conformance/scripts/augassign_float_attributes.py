# Augmented assignment of an instance attribute from float arithmetic (micrograd's
# `self.grad += other.data * out.grad`), which the interpreter may compute in place: the
# results must be Python's, and every case that is not plain float arithmetic must behave as
# usual (ints, properties, __setattr__, missing attributes, unbound names, operator methods).


class V:
    def __init__(self, data):
        self.data = data
        self.grad = 0.0


def backward_pair(a, b):
    out = V(a.data * b.data)
    out.grad = 1.5

    def _backward():
        a.grad += b.data * out.grad
        b.grad += a.data * out.grad
        a.grad -= -out.grad
        b.grad *= 1 - out.grad * 0.5
    return _backward


a, b = V(3.0), V(-2.0)
step = backward_pair(a, b)
for _ in range(3):
    step()
print(a.grad, b.grad)

p = V(0.1)
for _ in range(10):
    p.grad += p.data
print(p.grad, p.grad == 1.0)
p.grad += 9007199254740993 * 1.0
print(p.grad)
p.grad = -0.0
p.grad *= 1.0
print(p.grad)
p.grad += float("inf") * 0.0
print(p.grad)
p.grad = 1e308
p.grad *= 10.0
print(p.grad)

q = V(2)
q.grad += 1
q.data += 1.5
q.data *= 2
print(q.grad, q.data, type(q.grad).__name__)
r = V(7)
r.data += 1
r.data -= 2 * 4
print(r.data, type(r.data).__name__)


class Prop:
    def __init__(self):
        self._x = 1.0

    @property
    def x(self):
        print("get x")
        return self._x

    @x.setter
    def x(self, value):
        print("set x", value)
        self._x = value


o = Prop()
o.x += 2.0 * 3.0
print(o._x)


class Logged:
    def __init__(self):
        self.v = 1.0

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


g = Logged()
g.v += 0.5 * 3.0
print(g.v)


class Scaled:
    def __init__(self, k):
        self.k = k

    def __rmul__(self, other):
        print("rmul", other)
        return other * self.k


s = Scaled(4.0)
w = V(1.0)
w.grad += 2.0 * s
print(w.grad)

m = V(1.0)
try:
    m.missing += 1.0
except AttributeError as e:
    print("AttributeError", e)


def uses_unbound():
    t = V(1.0)
    t.grad += t.data * later
    later = 2.0
    return t.grad


try:
    uses_unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def closure_counter():
    acc = V(0.0)
    k = 0.25

    def add():
        acc.grad += k * 2.0 + acc.data
        return acc.grad
    return add


add = closure_counter()
print([add() for _ in range(4)])

n = V(1.0)
n.grad += n.data * 3.0
n.grad += -n.grad
print(n.grad)
try:
    n.grad += n.data / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(n.grad)
