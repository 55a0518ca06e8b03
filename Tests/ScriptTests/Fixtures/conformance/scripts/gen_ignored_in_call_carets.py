# Generators that ignore GeneratorExit, made and dropped inside one statement: CPython
# releases the temporary when the call it was passed to returns, and its "Exception ignored
# in" report shows carets under that call (none when the call is the whole statement).
def f():
    try:
        yield 1
    except GeneratorExit:
        pass
    yield 2


x = next(f()) + 1
print(x)
print(next(f()))
y = [next(f()), 3]
z = {"a": next(f())}


def use():
    return next(f()) * 2


w = use() + 1
next(f())
v = 1 + next(iter(f()))
u = max(next(f()), 0)
pairs = list(zip(f(), "a"))
t = sum(f())
print(x, y, z, w, v, u, pairs, t)
for k in range(2):
    first = next(f())
print(first)
