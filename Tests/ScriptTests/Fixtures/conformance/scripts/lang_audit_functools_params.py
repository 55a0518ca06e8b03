# functools helpers and the exact TypeError texts of keyword-only and positional-only parameters.
import functools
from functools import partial, reduce, lru_cache


def scale(x, factor=2, *, bias=0):
    return x * factor + bias


double = partial(scale, factor=2)
shifted = partial(scale, 3, bias=1)
print(double(5), shifted(), shifted(factor=10), double(1, bias=0.5))
addr = hex(id(scale))
print(repr(double).replace(addr, "ADDR"), repr(shifted).replace(addr, "ADDR"), repr(partial(max, 1, 2)))
print(repr(partial(partial(scale, 1), bias=3)).replace(addr, "ADDR"), str(double).startswith("functools.partial(<function scale at 0x"))
print(double.func is scale, double.args, double.keywords, shifted.args, shifted.keywords)
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 0), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, w: acc + [w.upper()], "abc", []))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info())


@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x


print(square(2), square(3), square(2), square(4), square(3))
print(square.cache_info(), square.__name__, square.__wrapped__.__name__)


@functools.lru_cache
def plain(x):
    return -x


print(plain(1), plain(1), plain.cache_info())


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args} -> {result}")
        return result
    return wrapper


@timed
def add(a, b=0):
    """Add two numbers."""
    return a + b


add(1, 2)
print(add.__name__, add.__doc__, add.__wrapped__(3))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))


def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e


def g(*args, sep=", ", **kwargs):
    return sep.join(map(str, args)) + str(sorted(kwargs.items()))


print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6), g(1, 2, 3), g(sep="-"), g(1, x=2, sep="|"))
calls = [
    lambda: f(1, 2, 3, 4),
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, d=3),
    lambda: f(1, 2, 3, d=4, z=0),
    lambda: f(1),
    lambda: f(1, 2, 3, d=1, d2=2, e=3),
    lambda: scale(),
    lambda: scale(1, 2, 3),
    lambda: scale(1, factor=2, x=3),
    lambda: scale(1, bias=1, bias2=2),
    lambda: double(1, factor=3, factor2=2),
    lambda: f(*[1, 2], **{"c": 3}),
    lambda: g(**{"sep": 1}),
    lambda: len(),
    lambda: len([], []),
    lambda: sorted([1], lambda x: x),
    lambda: max(),
    lambda: print(sep=1),
    lambda: f(1, 2, 3, 4, 5, 6),
    lambda: int("1", base=2, x=1),
    lambda: divmod(1),
    lambda: "abc".split(",", 1, 2),
    lambda: [].append(),
    lambda: dict(1, 2),
    lambda: fib(),
    lambda: fib([1]),
]
for call in calls:
    try:
        print(call())
    except (TypeError, AttributeError) as err:
        print(type(err).__name__ + ":", err)


class Model:
    def forward(self, x, *, train):
        return x

    @staticmethod
    def make(*, size):
        return size


for call in [lambda: Model().forward(1), lambda: Model().forward(1, True), lambda: Model.make(3),
             lambda: Model.forward(1, train=True), lambda: Model().forward(x=1, train=1, extra=2)]:
    try:
        print(call())
    except TypeError as err:
        print("TypeError:", err)
f(1, 2, 3, 4)
