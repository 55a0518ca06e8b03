# Generators as course code uses them: pipelines, send-driven coroutines, throw/close
# through yield from, running averages, and generator state.
def running_mean():
    total, n = 0.0, 0
    mean = None
    while True:
        x = yield mean
        if x is None:
            break
        total += x
        n += 1
        mean = total / n
    return n


avg = running_mean()
next(avg)
for v in [2, 4, 9]:
    print("mean", avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("count", e.value)


def inner(tag):
    try:
        received = yield f"{tag}-1"
        print(tag, "received", received)
        yield f"{tag}-2"
    except ValueError as e:
        print(tag, "handled", e)
        yield f"{tag}-recovered"
    finally:
        print(tag, "finally")
    return f"{tag}-result"


def outer():
    result = yield from inner("a")
    print("outer got", result)
    result = yield from inner("b")
    print("outer got", result)
    return "done"


o = outer()
print(next(o))
print(o.send("hello"))
print(next(o))
print(o.throw(ValueError("bad b")))
try:
    next(o)
except StopIteration as e:
    print("stop", e.value)

o2 = outer()
next(o2)
o2.close()
print("closed o2", o2.gi_running if hasattr(o2, "gi_running") else "")


def countdown(n):
    while n > 0:
        yield n
        n -= 1


gen = countdown(3)
print(type(gen).__name__, gen.__name__, gen.__qualname__, iter(gen) is gen)
print(list(gen), list(gen), next(gen, "exhausted"))


def pipeline():
    lines = (line.strip() for line in ["  a ", "", " bb", "ccc  "])
    nonempty = (line for line in lines if line)
    lengths = ((line, len(line)) for line in nonempty)
    return dict(lengths)


print(pipeline())


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools
print(list(itertools.islice(fib(), 12)), sum(itertools.takewhile(lambda x: x < 100, fib())))


class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c


t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), 3 in t, max(t), sorted(t, reverse=True))


def echo_throw():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            print("KeyError inside:", e)
        except GeneratorExit:
            print("exiting")
            raise


e = echo_throw()
next(e)
print(e.throw(KeyError, "k1"))
print(e.throw(KeyError("k2")))
e.close()
try:
    e.throw(KeyError("after close"))
except KeyError as err:
    print("raised from closed generator:", err)
g = (x * x for x in range(3))
print(next(g), list(g), list(g))
try:
    next(x for x in [])
except StopIteration:
    print("empty genexp")


def bad_stop():
    yield 1
    raise StopIteration("oops")


try:
    list(bad_stop())
except RuntimeError as err:
    print("RuntimeError:", err, "| cause:", repr(err.__cause__))
