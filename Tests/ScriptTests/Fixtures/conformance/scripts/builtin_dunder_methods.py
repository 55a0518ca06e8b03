# Special methods of built-in values and types called directly, as course code subclassing
# builtins does (`super().__getitem__(i)`, `int.__add__(self, other)`), and object's own
# (`super().__eq__`, `super().__hash__()`, `super().__repr__()`).
print((1).__add__(2), int.__add__(1, 2), [1].__len__(), "a".__mul__(3))
print((1).__add__(1.0), float.__radd__(1.0, 2), (2.5).__add__(1), int.__mul__(3, True))
print((1).__eq__(1.0), (1.0).__eq__(1), (1).__eq__("a"), (1).__lt__(2), "a".__lt__("b"))
print(list.__getitem__([5, 6], 1), [5, 6].__getitem__(-1), (7, 8).__getitem__(0), "xyz".__getitem__(1))
d = {}
dict.__setitem__(d, "a", 1)
d.__setitem__("b", 2)
print(d, d.__getitem__("a"), dict.__len__(d), d.__contains__("b"), dict.__contains__(d, "z"))
print((5).__neg__(), (5).__abs__(), (-2.5).__abs__(), (7).__floordiv__(2), (7).__mod__(3), (2).__pow__(10))
print((7).__divmod__(2), (7.5).__rdivmod__(2), (6).__rtruediv__(3), (1).__lshift__(4), (6).__and__(3))
print((3).__bool__(), (0.0).__bool__(), (3.7).__int__(), (3).__float__(), (3).__index__(), (2.675).__round__(2))
print((255).__format__("08b"), (0.5).__format__(".1%"), "ab".__format__(">4"), True.__and__(False), True.__or__(1))
print([1, 2].__add__([3]), (1,).__add__((2,)), [0].__mul__(3), "ab".__rmul__(2), [3, 1].__lt__([4]))
print(list(reversed([1, 2]).__iter__()), list([1, 2].__reversed__()), "abc".__iter__().__next__())
print(int.__add__, float.__radd__, list.__len__, object.__eq__, dict.__delitem__, object.__init__)
print([].__hash__, dict.__hash__)
print(list.__getitem__, int.__format__, dict.__contains__, str.__getitem__, float.__round__, list.__reversed__)
o = object()
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, o), object.__lt__(o, o))
print(object.__hash__(o) == hash(o), object.__str__(5), object.__repr__(o)[:15], object.__format__(o, "")[:15])
for call in [lambda: int.__add__(1.0, 2), lambda: [].__getitem__(3), lambda: object.__format__(o, "x"),
             lambda: int.__add__(), lambda: (1).__add__(1, 2), lambda: {}.__getitem__("k"),
             lambda: (1).__add__(x=1), lambda: (1).__neg__(2), lambda: [].__getitem__(),
             lambda: int.__add__("a", 1)]:
    try:
        print(call())
    except Exception as exc:
        print(type(exc).__name__, exc)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return super().__eq__(other)
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "Point" + super().__repr__()[len("<__main__.Point"):][:7]


a, b = Point(1, 2), Point(1, 2)
print(a == b, a == 3, a != b, a.__eq__(3), a.__ne__(b), a.__ne__(4), repr(a))


class Token:
    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return super().__hash__() % 1 + len(self.text)

    def __str__(self):
        return "Token(" + self.text + ")"

    def __format__(self, spec):
        return format(str(self), spec) if spec else super().__format__(spec)


t = Token("abc")
print(hash(t), str(t), f"{t}", f"{t:>12}|", t.__eq__(t), t.__lt__(t), Token.__eq__ is object.__eq__)
print(Token.__eq__, t.__init__.__name__, Token.__str__ is object.__str__)


class Stack(list):
    def __getitem__(self, i):
        item = super().__getitem__(i)
        return Stack(item) if isinstance(i, slice) else item

    def __add__(self, other):
        return Stack(super().__add__(other))

    def __len__(self):
        return super().__len__() * 1


s = Stack([1, 2, 3])
print(s[1:], type(s[1:]).__name__, s + [4], type(s + [4]).__name__, len(s), s.__len__())


class Meters(float):
    def __add__(self, other):
        return Meters(float.__add__(self, other))

    def __radd__(self, other):
        return Meters(super().__radd__(other))

    def __repr__(self):
        return f"{float.__repr__(self)} m"


print(Meters(1.5) + 2, 2 + Meters(1.5), sum([Meters(1), Meters(2)]), [Meters(0.5)])


class Count(int):
    def __eq__(self, other):
        return int.__eq__(self, other)

    __hash__ = int.__hash__


print(Count(3) == 3, Count(3) == 3.0, {Count(3): "x"}[3])
