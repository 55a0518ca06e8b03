# Generators that ignore GeneratorExit, dropped at module level: "Exception ignored in" with
# the frame that dropped them.
def f():
    try:
        yield 1
    except GeneratorExit:
        pass
    yield 2


g = f()
next(g)
g = None
h = f()
next(h)
h = [1, 2]


def use():
    k = f()
    next(k)
    return 5


use()
last = f()
next(last)
del last
print("after")
