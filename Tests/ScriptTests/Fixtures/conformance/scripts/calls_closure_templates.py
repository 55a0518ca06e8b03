# Functions made on every call of their enclosing function (closures, lambdas) share what
# does not change between calls: their names, qualnames, code and class. Each one still has
# its own defaults, enclosing variables and attributes.
import warnings


class Node:
    def __init__(self, v):
        self.v = v
        self.hook = lambda: None

    def pair(self, other):
        def both():
            return self.v + other.v

        def diff(scale=1):
            return (self.v - other.v) * scale
        return both, diff


a, b = Node(3), Node(5)
for _ in range(3):
    both, diff = a.pair(b)
    print(both.__qualname__, diff.__qualname__, both(), diff(), diff(2))
    print(diff.__defaults__, both.__defaults__, a.hook.__qualname__)

# Separate functions from one definition: separate defaults, attributes and cells.
makers = []
for i in range(3):
    def make(k=i):
        def inner(x, y=k * 10):
            return x + y + k
        inner.tag = k
        return inner
    makers.append(make)
fs = [m() for m in makers]
print([f(1) for f in fs], [f.tag for f in fs], [f.__defaults__ for f in fs])
print([f.__name__ for f in fs], fs[0].__qualname__)

# Renaming one function leaves the others of its definition alone.
fs[1].__name__ = "renamed"
fs[1].__qualname__ = "Renamed.inner"
print([f.__name__ for f in fs], [f.__qualname__ for f in fs])


# Nested functions in comprehensions, generators and class bodies inside functions.
def outer():
    squares = [lambda j=j: j * j for j in range(3)]
    gen = (lambda: n for n in range(2))

    class Local:
        def method(self):
            def deep():
                return "deep"
            return deep

    def alternate(flag):
        if flag:
            def first():
                return 1
            return first
        second = lambda: 2
        return second
    return squares, list(gen), Local().method(), alternate


squares, gens, deep, alternate = outer()
print([f() for f in squares], squares[0].__qualname__)
print([g() for g in gens], gens[0].__qualname__)
print(deep(), deep.__qualname__)
for flag in [True, False, True, False]:
    f = alternate(flag)
    print(f(), f.__qualname__, f.__name__)


def gen_maker():
    for k in range(2):
        def step(x=k):
            return x + 100
        yield step


print([(s(), s.__qualname__, s.__defaults__) for s in gen_maker()])


# Keyword-only defaults and argument errors name the function by its qualname.
def factory():
    def kw(a, *, b=2, c):
        return a + b + c
    return kw


k1, k2 = factory(), factory()
print(k1(1, c=3), k1.__kwdefaults__, k2.__kwdefaults__ is k1.__kwdefaults__)
for call in [lambda: k1(1), lambda: k1(1, 2, c=3), lambda: both(1), lambda: diff(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print(e)


# Warnings point at the caller's line through frames running the same code.
def deprecated(name):
    warnings.warn(f"{name} is deprecated", DeprecationWarning, stacklevel=2)


def api():
    deprecated("api")
    inner = lambda: warnings.warn("from a lambda", UserWarning, stacklevel=3)
    inner()


for _ in range(2):
    api()


# A traceback through nested functions and a lambda names each frame.
def explode():
    def level1():
        f = lambda x: 1 / x
        return f(0)
    return level1()


explode()
