# __base__, __bases__, __mro__, __qualname__, __module__ of built-in and script classes.
class A:
    pass


class B(A):
    pass


class C(A, KeyError):
    pass


class D(B, A):
    pass


class E(Exception):
    pass


class F(A, ValueError):
    pass


for cls in [object, int, bool, float, str, list, dict, tuple, set, frozenset, type,
            BaseException, Exception, ValueError, KeyError, StopIteration, A, B, C, D, E, F]:
    base = cls.__base__
    print(cls.__name__, "base:", base.__name__ if base is not None else None,
          "bases:", [b.__name__ for b in cls.__bases__],
          "mro:", [m.__name__ for m in cls.__mro__])

print(object.__base__, object.__bases__)
print(type.__mro__)
print(bool.__mro__)
print(KeyError.__mro__)
print(C.__mro__)


class Outer:
    class Inner:
        class Deepest:
            def method(self):
                def helper():
                    pass
                return helper

        def method(self):
            pass

    def method(self):
        class Local:
            def m(self):
                pass
        return Local


def factory():
    def inner():
        pass
    lam = lambda: None
    return inner, lam


print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.method.__qualname__, Outer.method.__qualname__)
print(Outer.Inner.Deepest().method().__qualname__)
Local = Outer().method()
print(Local.__qualname__, Local.m.__qualname__, Local.__name__)
inner, lam = factory()
print(inner.__qualname__, lam.__qualname__, lam.__name__, factory.__qualname__)
print(A.__module__, Outer.Inner.__module__, factory.__module__, Outer.method.__module__)
print(int.__module__, ValueError.__module__, object.__module__)
print(repr(Outer.Inner), repr(Local), repr(Outer.Inner()).split(" object")[0])
print(type(Outer.Inner()).__name__, type(Local()).__qualname__)
print(A.__name__, A.__qualname__, type(A), type(type), type(object))
print(issubclass(C, KeyError), issubclass(C, A), isinstance(C(5), LookupError), C(5).args)
print(isinstance(True, int), issubclass(bool, (str, int)), issubclass(E, (KeyError, Exception)))
