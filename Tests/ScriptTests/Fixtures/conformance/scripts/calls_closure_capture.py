# Which enclosing variables nested functions see: through functions that mention them only in
# their own nested code, comprehensions, class bodies and generators; late binding; nonlocal;
# functions that mention no enclosing variable; frames reused by later calls.


def outer():
    x = 1

    def middle():
        def inner():
            return x
        return inner
    fs = [middle()]
    x = 2
    fs.append(middle())
    return [f() for f in fs]


print(outer())


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n
    noop = lambda: None
    return inc, noop


inc, noop = counter()
print(inc(), inc(), inc(), noop())


def with_comprehension():
    y = 3

    def g():
        return [i * y for i in range(3)], list(i + y for i in range(2)), {y: i for i in range(1)}
    return g


print(with_comprehension()())


def class_in_function():
    v = 5

    def g():
        class C:
            a = v
            b = [v * k for k in range(2)]
        return C
    return g


C = class_in_function()()
print(C.a, C.b)


def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    gs = [lambda k=i: k for i in range(3)]
    return [f() for f in fs], [g() for g in gs]


print(late_binding())


def unbound_free():
    def reader():
        return later
    try:
        reader()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
    return reader()


print(unbound_free())


def shadowing():
    x = "outer"

    def g():
        x = "g's own"

        def h():
            return x
        return h()

    def k(x="default"):
        return lambda: x
    return g(), k()(), k("given")()


print(shadowing())


def global_names():
    def g():
        return len([1, 2]), abs(-3), GLOBAL
    return g


GLOBAL = "module"
print(global_names()())


def gen_closure():
    base = 10

    def gen():
        for i in range(3):
            yield base + i
    return gen


print(list(gen_closure()()))


# Recursion, and frames of finished calls taken by later ones: nothing of one call's locals
# shows up in another's.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fresh(flag):
    if flag:
        value = "set"
    try:
        return value
    except UnboundLocalError as e:
        return str(e)


print(fib(15), [fresh(i % 2 == 0) for i in range(4)])


def keeps(n):
    a = n

    def get():
        return a
    return get


getters = [keeps(i) for i in range(5)]
for i in range(5):
    fresh(True)
print([g() for g in getters])


def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]


print([f(10) for f in make_adders()])


def deep(n):
    if n == 0:
        return locals()
    return deep(n - 1)


print(deep(50), sorted(deep(0)))
