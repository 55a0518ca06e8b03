# Generators closed explicitly, by throw(), when dropped, and at interpreter exit.
def reader(name):
    print("open", name)
    try:
        for i in range(3):
            yield f"{name}:{i}"
    finally:
        print("close", name)


r = reader("a")
print(next(r))
del r                       # closed at once: its finally runs here
print("after del")

r = reader("b")
print(next(r), next(r))
r = reader("c")             # rebinding drops "b"
print(next(r))
r.close()
print("closed c, again:", r.close())


def failing_cleanup():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")


g = failing_cleanup()
next(g)
del g                       # CPython reports the ValueError as "Exception ignored"
print("still running")

g = failing_cleanup()
next(g)
try:
    g.close()
except ValueError as e:
    print("close() raised", e)


def stubborn():
    while True:
        try:
            yield "tick"
        except GeneratorExit:
            print("ignoring GeneratorExit")


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def catcher():
    try:
        yield 1
    except KeyError as e:
        print("caught", repr(e))
        yield "after KeyError"
    yield "last"


c = catcher()
print(next(c))
print(c.throw(KeyError("k")))
print(c.throw(KeyError, "two") if False else next(c))
try:
    c.throw(ValueError("unhandled"))
except ValueError as e:
    print("propagated", e)
print("finished:", list(c))


def with_return():
    try:
        yield 1
    except GeneratorExit:
        print("exit requested")
        return "ignored value"


w = with_return()
next(w)
print("close returns", w.close())

fresh = reader("never started")
del fresh                   # a generator that never ran has nothing to close

print("end of script")
left_open = reader("d")
next(left_open)             # closed at interpreter exit
stubborn_left = stubborn()
next(stubborn_left)         # reported at exit, without a traceback
_private = reader("underscore")
next(_private)              # names starting with _ are released first
