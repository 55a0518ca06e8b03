from dataclasses import dataclass, make_dataclass, field, fields, asdict, astuple, replace, is_dataclass
import heapq

@dataclass(slots=True)
class Point:
    x: int
    y: int = 0

p = Point(1)
print(p, Point.__slots__, hasattr(p, '__dict__'), p == Point(1, 0), asdict(p), Point.__name__, Point.__qualname__)
p.y = 5
print(p, replace(p, x=9), [f.name for f in fields(Point)], Point.__init__.__qualname__)
try:
    p.z = 1
except AttributeError as e:
    print('AttributeError', e)

@dataclass(slots=True, frozen=True)
class Frozen:
    a: float
    tags: list = field(default_factory=list)

f = Frozen(1.5)
print(f, f.tags, Frozen.__slots__, hash(Frozen(2.0, None)) == hash(Frozen(2.0, None)))
try:
    f.a = 2
except Exception as e:
    print(type(e).__name__, e)

@dataclass(slots=True)
class Point3(Point):
    z: int = 0

print(Point3(1, 2, 3), Point3.__slots__, Point3.__mro__[1] is Point)

@dataclass(slots=True, weakref_slot=True)
class Weak:
    v: int

print(Weak(1), Weak.__slots__)
try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ('x',)
        x: int
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass(weakref_slot=True)
    class NoSlots:
        v: int
except TypeError as e:
    print('TypeError', e)

@dataclass
class Cfg:
    lr: float = 0.1
    layers: list = field(default_factory=lambda: [16, 16])

print(type(Cfg.__repr__).__name__, Cfg.__repr__.__qualname__, Cfg.__repr__.__name__, repr(Cfg.__repr__).split(' at ')[0])
print(repr(Cfg().__repr__).split(' at ')[0], Cfg())
node = Cfg(layers=[])
node.layers.append(node)
print(node)

C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=3))],
                   namespace={'total': lambda self: self.a + self.b + self.c})
c = C(1, 2)
print(C, c, c.total(), C.__annotations__, C.__qualname__, C.__module__, is_dataclass(C), astuple(c))
D = make_dataclass('D', [('x', float, 0.5)], bases=(C,), eq=False)
print(D(1, 2), D(1, 2) == D(1, 2), [f.name for f in fields(D)], D.__mro__)
E = make_dataclass('E', [('v', int)], frozen=True, order=True, slots=True)
print(sorted([E(3), E(1), E(2)]), E.__slots__)
for bad in [['a', 'a'], [('a',)], ['1x'], ['def'], [5], [('a', int, 1, 2)]]:
    try:
        make_dataclass('Bad', bad)
    except TypeError as e:
        print('TypeError', e)
try:
    make_dataclass('Bad', ['a'], colour=True)
except TypeError as e:
    print('TypeError', e)

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
print(list(heapq.merge(['bb', 'a'], ['ccc', 'dd'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 6, 2], reverse=True)), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([(1, 'b'), (3, 'a')], [(1, 'a'), (2, 'z')])))
m = heapq.merge(iter([1, 3]), (x * 2 for x in range(3)))
print(type(m).__name__, next(m), list(m))
print(list(heapq.merge([1, 2], [1.0, 2.0], key=None)))
try:
    list(heapq.merge([1], ['a']))
except TypeError as e:
    print('TypeError', e)
