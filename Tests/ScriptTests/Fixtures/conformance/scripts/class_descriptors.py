# Descriptors written in Python: __get__, __set__, __delete__ and __set_name__.
class Positive:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)


class Box:
    width = Positive()
    height = Positive()

    def __init__(self, w, h):
        self.width = w
        self.height = h

    def area(self):
        return self.width * self.height


b = Box(3, 4)
print(b.area(), sorted(vars(b).items()))
try:
    b.width = -1
except ValueError as e:
    print("ValueError:", e)
print(type(Box.width).__name__, Box.__dict__["width"] is Box.width)
b.__dict__["width"] = 100   # a data descriptor wins over the instance dict
print(b.width)
del b.height
print(hasattr(b, "height"))


class cached:
    """A non-data descriptor: the first read stores the value in the instance dict."""

    def __init__(self, func):
        self.func = func
        self.attrname = None

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        print("computing", self.attrname)
        value = self.func(instance)
        instance.__dict__[self.attrname] = value
        return value


class Dataset:
    def __init__(self, n):
        self.n = n

    @cached
    def stats(self):
        return {"n": self.n, "sum": sum(range(self.n))}


ds = Dataset(5)
print(ds.stats)
print(ds.stats)
print(type(Dataset.stats).__name__, Dataset.stats.attrname)
del ds.stats
print(ds.stats["sum"])


class Counter:
    calls = 0

    def __get__(self, obj, owner):
        Counter.calls += 1
        return (None if obj is None else type(obj).__name__, owner.__name__, Counter.calls)


class Holder:
    c = Counter()


class Sub(Holder):
    pass


print(Holder.c, Holder().c, Sub().c, Sub.c)


class Base:
    @property
    def kind(self):
        return "base"


class Child(Base):
    @property
    def kind(self):
        return "child of " + super().kind


print(Child().kind)


class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("no names here")


try:
    class Host:
        attr = Bad()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
