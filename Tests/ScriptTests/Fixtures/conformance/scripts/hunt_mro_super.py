# Inheritance chains: CPython's MRO, cooperative super(), properties, class/static methods.
class Base:
    count = 0

    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
        Base.count += 1
        print("Base.__init__", name)

    def describe(self):
        return f"Base({self.name})"

    @classmethod
    def make(cls, name):
        return cls(name)

    @staticmethod
    def kind():
        return "base"

    @property
    def label(self):
        return self.name.upper()

    @label.setter
    def label(self, value):
        self.name = value.lower()


class Left(Base):
    def __init__(self, name, left=1, **kw):
        super().__init__(name, **kw)
        self.left = left
        print("Left.__init__")

    def describe(self):
        return "Left>" + super().describe()


class Right(Base):
    def __init__(self, name, right=2, **kw):
        super().__init__(name, **kw)
        self.right = right
        print("Right.__init__")

    def describe(self):
        return "Right>" + super().describe()

    @staticmethod
    def kind():
        return "right"


class Diamond(Left, Right):
    def describe(self):
        return "Diamond>" + super().describe()


d = Diamond("gem", left=10, right=20)
print([c.__name__ for c in Diamond.__mro__])
print(d.describe(), d.left, d.right, d.label, Base.count)
d.label = "SHINY"
print(d.name, d.label, Diamond.kind(), d.kind(), Left.kind())
print(Diamond.make("made").describe(), type(Diamond.make("x")).__name__, Base.count)
print(isinstance(d, Left), isinstance(d, (int, Right)), issubclass(Diamond, Base), issubclass(Left, Right))
print(super(Left, d).describe(), super(Diamond, d).describe())
print(Diamond.describe(d), Left.describe(d))


class A:
    def who(self):
        return "A"


class B(A):
    pass


class C(A):
    def who(self):
        return "C"


class D(B, C):
    pass


print(D().who(), [k.__name__ for k in D.mro()], D.mro() == list(D.__mro__))

try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class Counter:
    instances = []

    def __init__(self):
        Counter.instances.append(self)
        self.__secret = 42

    def __repr__(self):
        return f"Counter#{len(Counter.instances)}"

    def reveal(self):
        return self.__secret


c1, c2 = Counter(), Counter()
print(Counter.instances, c1.reveal(), c1._Counter__secret, hasattr(c1, "__secret"))
print(vars(c1), getattr(c2, "missing", "default"), sorted(k for k in Counter.__dict__ if not k.startswith("__")))
setattr(c2, "extra", 7)
print(c2.extra, c2.__dict__, c2.__class__.__name__, type(c2) is Counter)
try:
    c1.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    d.label = 5
except AttributeError as e:
    print("AttributeError:", e)


class ReadOnly:
    @property
    def value(self):
        return 1


try:
    ReadOnly().value = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    super(Left, 5)
except TypeError as e:
    print("TypeError:", e)
