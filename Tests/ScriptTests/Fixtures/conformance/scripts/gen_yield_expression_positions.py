# `yield` as an expression in every position CPython allows, with send() values flowing back.
def echo():
    x = yield "first"
    print("got", x)
    print("print sees", (yield "in print"))
    while (yield "while test"):
        print("loop body")
    for i in (yield "for iterable"):
        print("item", i)
    d = {(yield "key"): (yield "value"), "k2": (yield "value2")}
    print("dict", d)
    s = {(yield "set1"), (yield "set2")}
    print("set", sorted(s))
    print(f"fstring {(yield 'field')!r:>8} and {'x':{(yield 'spec')}}")
    xs = [10, 20, 30]
    print("subscript", xs[(yield "index")])
    print("slice", xs[(yield "lo"):(yield "hi")])
    print("call", max((yield "a1"), *(yield "star"), key=(yield "kw")))
    t = (yield "t1"), (yield "t2")
    print("tuple", t)
    n: int = yield "annotated"
    print("annotated", n)
    total = 1
    total += yield "augmented"
    print("augmented", total)
    print("ternary", "yes" if (yield "cond") else "no")
    print("and/or", (yield "and1") and (yield "and2"), (yield "or1") or "never")
    print("compare", 1 < (yield "cmp") < 10)
    print("nested", (yield (yield "inner")))
    print("listcomp over", [c * 2 for c in (yield "comp iterable")])
    print("genexp over", list(c + 1 for c in (yield "gen iterable")))
    print("walrus", (w := (yield "walrus")), w)
    assert (yield "assert test"), (yield "assert msg")
    print("attribute", (yield "attr").upper())
    print("unary", -(yield "neg"), not (yield "not"))
    return (yield "return value")


g = echo()
print("->", next(g))
sends = ["hello", "P", 1, 0, [1, 2], "K", "V", "V2", "a", "b", 3.5, 6, 0, 2, 5,
         4, [9, 1], abs, "A", "B", 7, 41, True, 1, "", 5, 5, "x", "y",
         [1, 2], [3, 4], 9, True, "message", 4, [], "done", "extra"]
for s in sends:
    try:
        print("->", g.send(s))
    except StopIteration as e:
        print("stopped with", e.value)
        break

# A lambda containing yield is a generator function.
gen_lambda = lambda n: (yield n * 2)
lg = gen_lambda(21)
print(type(lg).__name__, next(lg))
try:
    lg.send("back")
except StopIteration as e:
    print("lambda returned", e.value)


# `with` headers: the manager comes from the sent value.
class Manager:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


def with_header():
    with Manager("outer") as a, (yield "give manager") as b:
        print("inside", a, b)
        yield "in body"
    raise ValueError((yield "raise arg"))


w = with_header()
print(next(w))
print(w.send(Manager("sent")))
print(w.send(None))
try:
    w.send("boom")
except ValueError as e:
    print("raised", repr(e))

# yield from inside expressions
def inner():
    got = yield 1
    return got * 10


def outer():
    print("sum", 1 + (yield from inner()) + (yield from inner()))


o = outer()
print(next(o), o.send(2), end=" ")
try:
    o.send(3)
except StopIteration:
    print("outer done")
