# d2l-style helper classes: HyperParameters, @property, __repr__, decorators, functools
import functools
import math
import time


def add_to_class(Class):
    """Register functions as methods in created class."""
    def wrapper(obj):
        setattr(Class, obj.__name__, obj)
    return wrapper


class HyperParameters:
    def save_hyperparameters(self, local_vars, ignore=[]):
        self.hparams = {k: v for k, v in local_vars.items()
                        if k not in set(ignore + ['self']) and not k.startswith('_')}
        for k, v in self.hparams.items():
            setattr(self, k, v)


class Timer:
    def __init__(self):
        self.times = []

    def __repr__(self):
        return f"Timer(n={len(self.times)})"


class Accumulator:
    """For accumulating sums over `n` variables."""
    def __init__(self, n):
        self.data = [0.0] * n

    def add(self, *args):
        self.data = [a + float(b) for a, b in zip(self.data, args)]

    def reset(self):
        self.data = [0.0] * len(self.data)

    def __getitem__(self, idx):
        return self.data[idx]

    def __repr__(self):
        return f"{type(self).__name__}({self.data!r})"


class A:
    def __init__(self):
        self.b = 1


a = A()

@add_to_class(A)
def do(self):
    print('Class attribute "b" is', self.b)

a.do()


class B(HyperParameters):
    def __init__(self, a, b, c):
        self.save_hyperparameters(vars(), ignore=['c'])
        print('self.a =', self.a, 'self.b =', self.b)
        print('There is no self.c =', not hasattr(self, 'c'))

b = B(a=1, b=2, c=3)
print(b.hparams)

acc = Accumulator(3)
acc.add(1, 2, 3)
acc.add(0.5, 1, 1.5)
print(acc, acc[0], acc[1:])
acc.reset()
print(repr(acc))


class Celsius:
    def __init__(self, degrees=0.0):
        self._degrees = degrees

    @property
    def degrees(self):
        """The temperature in degrees."""
        return self._degrees

    @degrees.setter
    def degrees(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._degrees = value

    @property
    def fahrenheit(self):
        return self._degrees * 9 / 5 + 32

    def __repr__(self):
        return f"Celsius({self._degrees:.2f})"

t = Celsius(21.5)
print(t, t.fahrenheit, Celsius.degrees.__doc__)
t.degrees = 100
print(t.degrees, t.fahrenheit)
try:
    t.degrees = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)


def count_calls(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        inner.calls += 1
        return fn(*args, **kwargs)
    inner.calls = 0
    return inner


@count_calls
def square(x):
    """Square x."""
    return x * x

print([square(i) for i in range(4)], square.calls, square.__name__, square.__doc__, square.__wrapped__(5))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

pow2 = functools.partial(pow, exp=2)
print(pow2(7), pow2, functools.reduce(lambda x, y: x * y, range(1, 8), 1))


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(1, 2), Version(1, 10), Version(0, 9, 1)]
print(sorted(vs), max(vs), Version(1, 2) >= Version(1, 2), Version(2) > Version(1, 10))

class cached:
    def __init__(self, fn):
        self.fn = fn
        functools.update_wrapper(self, fn)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @cached
    def area(self):
        print("computing area")
        return math.pi * self.r ** 2

c = Circle(2)
print(round(c.area, 4), round(c.area, 4), 'area' in vars(c), Circle.area.__name__)
print(callable(acc), callable(square), Accumulator.add.__qualname__, square.__qualname__)
