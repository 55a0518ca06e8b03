# type(name, bases, dict), obj.__dict__ = {...}
def describe(self):
    return f'{type(self).__name__}(x={self.x})'

Point = type('Point', (), {'x': 0, 'describe': describe, '__doc__': 'A point.'})
p = Point()
p.x = 3
print(Point, Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__, Point.__bases__)
print(p.describe(), isinstance(p, Point), type(p) is Point, Point.x)

class Base:
    def hello(self):
        return 'hello from ' + type(self).__name__

Child = type('Child', (Base,), {'value': 42, '__repr__': lambda self: f'<Child {self.value}>'})
c = Child()
print(c, c.hello(), Child.__mro__, issubclass(Child, Base))
Empty = type('Empty', (), {})
print(Empty, Empty(), Empty.__doc__) if False else print(Empty, Empty.__doc__, list(vars(Empty).keys()))
Counter = type('Counter', (object,), {'__init__': lambda self, n=0: setattr(self, 'n', n), '__len__': lambda self: self.n})
print(len(Counter(5)), Counter().n)
Err = type('Err', (ValueError,), {})
try:
    raise Err('bad thing')
except ValueError as e:
    print('caught', type(e).__name__, e, Err.__mro__)
Named = type('Named', (), {'__qualname__': 'Outer.Named', '__module__': 'mymod'})
print(Named, Named.__qualname__, Named.__module__)
Hashless = type('Hashless', (), {'__eq__': lambda a, b: True})
print(Hashless.__hash__)

for args in [(1, (), {}), ('A', [], {}), ('A', (), []), ('A', ())]:
    try:
        type(*args)
    except TypeError as e:
        print('TypeError', e)

class Box:
    def __init__(self):
        self.a = 1
        self.b = 2

b = Box()
print(b.__dict__)
b.__dict__ = {'z': 26, 'a': 'one'}
print(b.__dict__, b.a, b.z, vars(b), hasattr(b, 'b'))
shared = {'k': 1}
b2 = Box()
b2.__dict__ = shared
b2.extra = 'x'
print(shared, b2.k)
shared['k'] = 2
print(b2.k, vars(b2) is shared)
b3 = Box()
b3.__dict__.update(a=10)
print(b3.a, b3.b)
try:
    b.__dict__ = [('a', 1)]
except TypeError as e:
    print('TypeError', e)
b.__dict__ = {}
print(b.a)
