def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count_up(4)), sum(count_up(5)))
g = count_up(2)
print(next(g), next(g), next(g, "end"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
g = count_up(1)
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value if hasattr(e, "value") else None, e.args)

def batches(items, size):
    batch = []
    for x in items:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

for b in batches(range(7), 3):
    print("batch", b)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])
for i, v in enumerate(fib()):
    if i > 5:
        break
    print(i, v, end="; ")
print()

def chain(*its):
    for it in its:
        yield from it
    yield "end"
print(list(chain([1, 2], "ab", range(2))))

def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3
print(list(outer()))

def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return
        print("echo", received)
e = echo()
print(next(e))
print(e.send("hi"))
print(e.send("there"))
try:
    e.send("stop")
except StopIteration:
    print("stopped")

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
print(list(with_finally()))

def guarded(xs):
    for x in xs:
        try:
            yield 10 / x
        except ZeroDivisionError:
            print("skip zero")
print(list(guarded([1, 0, 2])))

def nested_loops():
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            yield (i, j)
    else:
        yield "else"
print(list(nested_loops()))
print(repr(count_up(3)).startswith("<generator object count_up at 0x"))
gen = count_up(3)
print(iter(gen) is gen, type(gen).__name__)

class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t), sum(t), 3 in t)

def squares(n):
    for i in range(n):
        if i % 2:
            continue
        yield i * i
print(list(squares(7)), max(squares(5)), sorted(squares(5), reverse=True))
def empty():
    return
    yield
print(list(empty()))
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
def uses_with():
    class C:
        def __enter__(self):
            print("enter")
            return self
        def __exit__(self, *a):
            print("exit")
    with C():
        yield "in"
        yield "still in"
print(list(uses_with()))
z = zip(count_up(3), "abc")
print(list(z), dict(zip("xy", count_up(2))), list(map(str, count_up(3))))
def faulty():
    yield 1
    yield 1 / 0
for v in faulty():
    print(v)
