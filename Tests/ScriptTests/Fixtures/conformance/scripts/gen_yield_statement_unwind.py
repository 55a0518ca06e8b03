# Yield statements nested in every kind of block, resumed by next/send/throw/close: the body
# stops at the yield and goes on from exactly there (loop state, branches, handlers, finally).


class Manager:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None)
        return False


def nested(n):
    i = 0
    while i < n:
        if i % 2 == 0:
            yield ("even", i)
        else:
            for j in range(i):
                if j == 1:
                    continue
                yield ("odd", i, j)
                if j == 3:
                    break
            else:
                yield ("for-else", i)
        i += 1
    else:
        yield ("while-else", i)
    yield "end"


print(list(nested(6)))


def with_try(items):
    with Manager("outer"):
        for x in items:
            try:
                yield ("try", x)
                if x == 2:
                    raise ValueError(x)
            except ValueError as e:
                yield ("except", e.args)
            else:
                yield ("else", x)
            finally:
                yield ("finally", x)
    yield "after with"


print(list(with_try([1, 2, 3])))

# throw() at yield statements at each depth, caught or not.
g = with_try([1, 2])
print(next(g))
print(g.throw(ValueError("thrown")))
print(next(g))
print(next(g))
print(g.throw(KeyError("k")))
try:
    next(g)
except KeyError as e:
    print("KeyError escaped", e)
print(list(g))

# close() at a yield statement inside finally and with.
g = with_try([5])
print(next(g), next(g), next(g))
g.close()
print("closed", g.gi_running, g.gi_suspended)


def counter():
    total = 0
    while True:
        yield total
        total += 1
        if total == 3:
            return "done"


c = counter()
print(next(c), c.send("ignored"), c.send(None))
try:
    c.send(1)
except StopIteration as e:
    print("stop", e.value)


def reentrant():
    yield me.gi_running
    try:
        next(me)
    except ValueError as e:
        yield str(e)


me = reentrant()
print(list(me))


def leaks():
    yield 1
    next(iter([]))
    yield 2


try:
    print(list(leaks()))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield depth
    yield from tree(depth - 1)
    for x in tree(depth - 1):
        yield x


print(list(tree(3)))


def two_loops():
    for a in range(3):
        for b in "xy":
            if (a, b) == (1, "y"):
                break
            yield a, b
        else:
            yield "no break", a
            continue
        yield "broke", a


print(list(two_loops()))


def resume_then_fail(xs):
    for x in xs:
        yield x
        print("after", x, 10 // x)


try:
    for v in resume_then_fail([2, 1, 0, 5]):
        print("got", v)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def fails_later():
    yield 1
    yield 2
    return [][0]


for v in fails_later():
    print("value", v)
