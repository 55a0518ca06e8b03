import functools
from functools import partial, reduce, lru_cache, cache

def power(base, exp):
    return base ** exp

square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square.func is power, square.args, square.keywords)
two_to = partial(power, 2)
print(two_to(10), partial(two_to).args, partial(print, sep="-")("a", "b"))
print(repr(partial(max, 1, 2, key=abs))[:25])
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, [], 0))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(100), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def slow_square(x):
    print("computing", x)
    return x * x

for v in [1, 2, 1, 3, 2, 1]:
    print(slow_square(v), end=" ")
print()
print(slow_square.cache_info())

@lru_cache
def add(a, b=1):
    return a + b

print(add(1), add(1), add(1, b=1), add(a=1), add.cache_info())

@cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)

print(ways(50), ways.cache_info().hits)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
add([1])
