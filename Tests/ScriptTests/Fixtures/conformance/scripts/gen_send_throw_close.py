# generator protocol: send, throw, close, GeneratorExit, return values
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

acc = accumulator()
print(next(acc))
print(acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)

def echo():
    received = []
    try:
        while True:
            try:
                value = yield len(received)
                received.append(value)
            except ValueError as e:
                print("  handled", repr(e))
                received.append("err")
    finally:
        print("  cleanup with", received)

g = echo()
print(next(g), g.send("a"), g.send("b"))
print(g.throw(ValueError("bad")))
print(g.send("c"))
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration:
    print("StopIteration after close")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  got GeneratorExit")
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def polite():
    try:
        yield 1
    except GeneratorExit:
        print("  exiting politely")
        raise

p = polite()
next(p)
p.close()
print("closed polite")

def quiet():
    yield 1
q = quiet()
q.close()
print("close before start is fine")
try:
    next(q)
except StopIteration:
    print("finished")

def thrower():
    yield 1
    yield 2

t = thrower()
try:
    t.throw(KeyError("early"))
except KeyError as e:
    print("thrown into unstarted:", e)
t = thrower()
next(t)
try:
    t.throw(TypeError)
except TypeError as e:
    print("propagated TypeError", repr(e))
try:
    next(t)
except StopIteration:
    print("finished after throw")

def catcher():
    while True:
        try:
            yield "waiting"
        except Exception as e:
            yield f"caught {type(e).__name__}: {e}"

c = catcher()
next(c)
print(c.throw(ZeroDivisionError("zero")))
print(next(c))
print(c.throw(IndexError, "idx"))
print(c.send(None))

def fresh():
    x = yield
    print("  got", x)

f = fresh()
try:
    f.send(1)
except TypeError as e:
    print("TypeError:", e)
print(f.send(None))
try:
    f.send("hello")
except StopIteration as e:
    print("done", e.value)

def gen_return_value():
    yield 1
    return "result"

def delegator():
    r = yield from gen_return_value()
    print("  delegated result", r)
    r2 = yield from [10, 20]
    print("  list gives", r2)
    return r

d = delegator()
print(list(d))
def outer():
    result = yield from accumulator()
    yield f"inner returned {result}"
o = outer()
print(next(o), o.send(3), o.send(4), o.send(None))

def counter_with_finally():
    try:
        for i in range(3):
            yield i
    finally:
        print("  finally ran")
for v in counter_with_finally():
    if v == 1:
        break
print("after break")
cg = counter_with_finally()
print(list(cg))

def yields_in_handlers():
    try:
        yield "try"
        raise ValueError("v")
    except ValueError:
        yield "except"
    else:
        yield "else"
    finally:
        yield "finally"
    yield "after"
print(list(yields_in_handlers()))

def yields_in_else():
    try:
        yield "try"
    except ValueError:
        yield "except"
    else:
        yield "else"
    finally:
        yield "finally"
print(list(yields_in_else()))

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  enter", self.name)
        return self
    def __exit__(self, *exc):
        print("  exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

def with_gen():
    with Resource("r1") as r:
        yield r.name
        with Resource("r2"):
            yield "inner"
        yield "between"
    yield "out"
print(list(with_gen()))
w = with_gen()
print(next(w))
w.close()
print("closed with")

def expr_yields():
    a = (yield 1) + (yield 2)
    print("  sum", a)
    b = [i for i in range(0)]
    lst = []
    lst.append((yield "append"))
    print("  list", lst)
    return a
e = expr_yields()
print(next(e), e.send(10), e.send(20))
try:
    e.send("x")
except StopIteration as s:
    print("value", s.value)
