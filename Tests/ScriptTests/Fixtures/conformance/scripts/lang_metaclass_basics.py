# Metaclasses: class Meta(type) with __new__, __init__ and __call__, metaclass=, a metaclass
# inherited from a base, type(C) and C.__class__, calling a metaclass directly.
class Registry(type):
    classes = {}

    def __new__(mcs, name, bases, ns, **kwargs):
        names = sorted(k for k in ns if not k.startswith("__"))
        print("Registry.__new__", mcs.__name__, name, [b.__name__ for b in bases], names, kwargs)
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.classes[name] = cls
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("Registry.__init__", name, kwargs)
        super().__init__(name, bases, ns)
        cls.created_by = "Registry"


class Plugin(metaclass=Registry):
    def run(self):
        return f"running {type(self).__name__}"


class Csv(Plugin, tag="csv"):
    sep = ","


class Json(Csv):
    pass


print(type(Plugin), Plugin.__class__, type(Csv), type(Registry))
print(isinstance(Plugin, type), isinstance(Plugin, Registry), issubclass(Registry, type), isinstance(Csv(), Registry))
print(Registry.classes)
print(Csv().run(), Json().run(), Json.created_by, Json.sep)

Dyn = Registry("Dyn", (Plugin,), {"x": 1, "__module__": "__main__"})
print(Dyn, Dyn.x, type(Dyn).__name__, sorted(Registry.classes))


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        print("Config.__init__", value)
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, b.value, type(a).__name__)


class Meta(type):
    def describe(cls):
        return f"class {cls.__name__}"

    @property
    def kind(cls):
        return cls.__name__.lower()

    def __len__(cls):
        return 3

    def __iter__(cls):
        return iter(["a", "b", "c"])

    def __getitem__(cls, key):
        return key * 2

    def __contains__(cls, item):
        return item == 42

    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"


class Thing(metaclass=Meta):
    size = 1


print(Thing.describe(), Thing.kind, len(Thing), list(Thing), Thing[4], 42 in Thing, 7 in Thing)
print(repr(Thing), Thing, [Thing], hasattr(Thing(), "describe"), Thing.size)


class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Quacker(metaclass=Duck):
    pass


class Robot:
    def quack(self):
        return "beep"


print(isinstance(Robot(), Quacker), isinstance(1, Quacker), issubclass(Robot, Quacker), issubclass(int, Quacker))


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("prepare", mcs.__name__, name)
        return {"preset": 1}

    def __new__(mcs, name, bases, ns):
        print(list(ns))
        return super().__new__(mcs, name, bases, ns)


class X(metaclass=Ordered):
    a = 1

    def f(self):
        return super().__repr__()[:12]


print(X.preset, X.a, X().f())


def functional_meta(name, bases, ns):
    print("function as metaclass", name, bases, sorted(ns))
    return 42


class NotAClass(metaclass=functional_meta):
    y = 2


print(NotAClass)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Box[int], Box[str])
