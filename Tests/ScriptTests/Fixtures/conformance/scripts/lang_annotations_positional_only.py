# CPython 3.11 lists (and evaluates) the annotations of positional-only parameters after
# the other positional ones
def note(name):
    print("evaluating", name)
    return name


def f(a: note("a"), b: note("b"), /, c: note("c"), *args: note("args"), d: note("d"), **kw: note("kw")) -> note("return"):
    pass


print(f.__annotations__)


def g(a: int, /, b: str = "x", *, c: float = 1.0) -> list:
    return [a, b, c]


print(list(g.__annotations__), g(1, c=2.0))


def h(x: int, /):
    pass


print(h.__annotations__, (lambda q, /: q).__annotations__ if hasattr(lambda: 0, "__annotations__") else None)
