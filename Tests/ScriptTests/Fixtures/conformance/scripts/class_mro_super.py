class A:
    def __init__(self):
        print("A.__init__")
        self.trail = ["A"]
    def who(self):
        return "A"
    @classmethod
    def make(cls):
        return cls()

class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.trail.append("B")
    def who(self):
        return "B>" + super().who()

class C(A):
    def __init__(self):
        print("C.__init__")
        super().__init__()
        self.trail.append("C")
    def who(self):
        return "C>" + super().who()

class D(B, C):
    def __init__(self):
        print("D.__init__")
        super().__init__()
        self.trail.append("D")
    def who(self):
        return "D>" + super().who()

d = D()
print(d.trail, d.who())
print([k.__name__ for k in D.__mro__])
print(D.__bases__, D.__base__, B.__mro__)
print(isinstance(d, A), isinstance(d, (int, str)), issubclass(D, (C, int)), issubclass(A, D))
print(type(D.make()).__name__)

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print([k.__name__ for k in Z.__mro__], [k.__name__ for k in W.__mro__])

# The classic diamond from the C3 paper.
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class C3(Dd, F): pass
class B3(Dd, E): pass
class A3(B3, C3): pass
print([k.__name__ for k in A3.__mro__])

class Base:
    greeting = "hello"
    def greet(self):
        return f"{self.greeting} from {type(self).__name__}"
class Child(Base):
    greeting = "hi"
print(Base().greet(), Child().greet(), Child.greeting, Base.greeting)
Child.greeting = "yo"
print(Child().greet())
c = Child()
c.greeting = "instance"
print(c.greet(), Child.greeting)
del c.greeting
print(c.greet())

class Explicit(B):
    def who(self):
        return "E>" + super(B, self).who()
print(Explicit().who())

class Shape:
    def area(self):
        raise NotImplementedError("subclasses implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
for s in [Circle(1), Square(2)]:
    print(s.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)

class P(X, Y):
    pass
try:
    class Bad(X, Z):
        pass
except TypeError as e:
    print("TypeError:", e)
