# generator-based coroutines and pipelines as course code writes them
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = running_average()
next(avg)
for loss in [0.9, 0.7, 0.4, 0.35]:
    print(f"loss {loss:.2f} running mean {avg.send(loss):.4f}")

def grep(pattern):
    print("looking for", pattern)
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("closing, matched", matches)

g = grep("loss")
next(g)
for line in ["epoch 1", "loss 0.5", "acc 0.9", "val loss 0.6"]:
    g.send(line)
g.close()

def minibatches(data, size):
    for start in range(0, len(data), size):
        yield data[start:start + size]

def scaled(batches, factor):
    for b in batches:
        yield [x * factor for x in b]

pipeline = scaled(minibatches(list(range(10)), 4), 0.5)
for step, batch in enumerate(pipeline):
    print(step, batch)

def countdown(n):
    while n > 0:
        received = yield n
        if received is not None:
            n = received
        else:
            n -= 1
c = countdown(5)
print(next(c), next(c), c.send(10), next(c))

def tree(depth):
    if depth == 0:
        return "leaf"
    left = yield from tree(depth - 1)
    yield depth
    return f"node({left})"
t = tree(2)
print(list(t))
def collect_result(gen):
    result = yield from gen
    return result
def drive(gen):
    try:
        while True:
            next(gen)
    except StopIteration as e:
        return e.value
print(drive(collect_result(tree(3))))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 12)))
print(sum(x for x in itertools.takewhile(lambda v: v < 100, fib()) if x % 2 == 0))

def logged(n):
    for i in range(n):
        try:
            yield i
        finally:
            print("  step", i, "done")
for v in logged(3):
    print("got", v)
first = next(logged(5))
print("first", first)

def resilient(values):
    for v in values:
        try:
            yield 10 / v
        except ZeroDivisionError:
            yield float("inf")

r = resilient([1, 2, 0, 5])
print([next(r), next(r)])
print(r.throw(ZeroDivisionError))
print(list(r))

def with_default():
    value = yield "ready"
    while value != "stop":
        value = yield f"echo {value}" if value else "empty"
    return "stopped"
w = with_default()
print(next(w), w.send("a"), w.send(""), w.send("b"))
try:
    w.send("stop")
except StopIteration as e:
    print(e.value, e.args)

def gen_state():
    yield 1
s = gen_state()
print(s.gi_running, s.gi_suspended)
next(s)
print(s.gi_suspended)
