# __slots__: no instance __dict__, slot descriptors, inheritance of slots.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"P({self.x}, {self.y})"


p = P(1, 2)
print(p, p.x + p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
print(P.x, type(P.x).__name__, P.__slots__)
print(list(P.__dict__))
print(hasattr(p, "__dict__"), hasattr(p, "x"))
del p.x
print(hasattr(p, "x"))
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p, getattr(p, "x"))
setattr(p, "y", 20)
print(p)


class Q(P):
    pass


q = Q(3, 4)
q.extra = "dict again"
print(q, q.__dict__, list(Q.__dict__))


class R(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


r = R(1, 2, 3)
print(r, r.z, isinstance(r, P))
try:
    r.w = 0
except AttributeError as e:
    print("AttributeError:", e)
print([n for n in dir(r) if not n.startswith("__")])


class S:
    __slots__ = "only"


s = S()
s.only = "one"
print(S.__slots__, s.only, S.only)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__, list(WithDict.__dict__))


class Private:
    __slots__ = ("__secret", "visible")

    def __init__(self):
        self.__secret = 42
        self.visible = 1

    def reveal(self):
        return self.__secret


pv = Private()
print(pv.reveal(), sorted(n for n in Private.__dict__ if not n.startswith("__")))


class Empty:
    __slots__ = ()


try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError:", e)


class WithProperty:
    __slots__ = ("_v",)

    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value * 10


wp = WithProperty()
wp.v = 4
print(wp.v)

try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class NonString:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)


class U:
    __slots__ = ("u",)


try:
    class Both(P, U):
        pass
except TypeError as e:
    print("TypeError:", e)


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


head = None
for i in range(20000):
    head = Node(i, head)
total = 0
node = head
while node is not None:
    total += node.value
    node = node.next
print(total)
del head, node
print("freed")
