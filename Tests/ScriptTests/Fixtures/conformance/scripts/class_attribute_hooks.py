# __setattr__, __getattr__, __getattribute__ and __delattr__ written in Python.
class Logged:
    def __init__(self, x):
        self.x = x

    def __setattr__(self, name, value):
        print("set", name, repr(value))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)


a = Logged(3)
a.y = [1, 2]
print(a.x, a.y, vars(a))
setattr(a, "z", "zz")
del a.y
print(hasattr(a, "y"), a.__dict__)
try:
    del a.y
except AttributeError as e:
    print("AttributeError:", e)


class Validated:
    def __setattr__(self, name, value):
        if name == "age" and not isinstance(value, int):
            raise TypeError(f"age must be an int, not {type(value).__name__}")
        super().__setattr__(name, value * 2 if name == "age" else value)


v = Validated()
v.age = 20
print(v.age)
try:
    v.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(v.age)


class Frozen:
    def __init__(self, a, b):
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field '{name}'")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field '{name}'")

    def __repr__(self):
        return f"Frozen(a={self.a!r}, b={self.b!r})"


f = Frozen(1, "two")
print(f)
for action in (lambda: setattr(f, "a", 5), lambda: delattr(f, "b")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(f)


class Defaults:
    color = "red"

    def __init__(self):
        self.size = 3

    def __getattr__(self, name):
        if name.startswith("opt_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__} has no option {name!r}")


d = Defaults()
print(d.size, d.color, d.opt_fast, getattr(d, "opt_x", None))
print(hasattr(d, "nothing"), getattr(d, "nothing", "fallback"))
try:
    d.nothing
except AttributeError as e:
    print("AttributeError:", e)


class Traced:
    def __init__(self):
        self.value = 10

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)

    def double(self):
        return self.value * 2


t = Traced()
print(t.value)
print(t.double())
print(type(t).__name__, t.__class__.__name__)


class Fallback:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"<{name} via __getattr__>"


fb = Fallback()
fb.plain = 1
print(fb.plain, fb.secret, fb.other)


class Lazy:
    @property
    def broken(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "getattr:" + name


print(Lazy().broken)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name):
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        setattr(self._target, name, value)


class Target:
    pass


tg = Target()
p = Proxy(tg)
p.w = 7
print(tg.w, p.w, list(vars(p)))
print(object.__setattr__, object.__getattribute__, object.__delattr__)
print(Logged.__setattr__ is object.__setattr__, Traced.__getattribute__ is object.__getattribute__)
print(Target().__setattr__.__name__)
for call in (lambda: object.__setattr__(1, "x", 2), lambda: object.__setattr__(Target, "x", 1),
             lambda: object.__getattribute__(tg, 3), lambda: object.__setattr__(),
             lambda: object.__setattr__(tg, "x"), lambda: object.__getattribute__(tg),
             lambda: object.__delattr__(tg, "missing"), lambda: object.__getattribute__(tg, "missing")):
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
object.__setattr__(tg, "q", 1)
print(object.__getattribute__(tg, "q"), object.__getattribute__(5, "real"))
object.__delattr__(tg, "q")
print(vars(tg))
