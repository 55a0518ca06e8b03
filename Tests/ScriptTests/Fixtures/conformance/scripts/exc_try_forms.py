def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 10 / n

for n in [2, 0, "x"]:
    try:
        r = risky(n)
    except ValueError as e:
        print("ValueError", e)
    except (TypeError, ZeroDivisionError) as e:
        print("other", type(e).__name__, e)
    else:
        print("ok", r)
    finally:
        print("finally", n)

def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
def g():
    try:
        raise KeyError("k")
    except KeyError:
        return "handled"
    finally:
        print("g finally")
print(g())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("inner")
        raise
except ArithmeticError as e:
    print("outer", repr(e), isinstance(e, ZeroDivisionError))
try:
    [][1]
except LookupError as e:
    print("lookup", e, type(e).__name__)
try:
    {}["a"]
except LookupError as e:
    print("lookup", e, repr(e), e.args)
try:
    raise ValueError("a") from KeyError("b")
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    print(repr(e.__context__), e.__cause__)
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert", e)
try:
    assert False
except AssertionError as e:
    print("assert", repr(e), e.args)
def nested():
    try:
        undefined_name
    except NameError as e:
        print("caught", e)
        try:
            raise RuntimeError("inner") from None
        except RuntimeError as r:
            print(r, r.__suppress_context__, repr(r.__context__))
nested()
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return t is KeyError
with Ctx() as c:
    print("body")
with Ctx():
    raise KeyError("suppressed")
print("after")
try:
    with Ctx():
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated", e)
e = None
try:
    raise TypeError("x")
except TypeError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(RecursionError, RuntimeError))
try:
    raise Exception("a", 1)
except Exception as e:
    print(e, e.args, repr(e))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    try:
        pass
    except 5:
        pass
    [][0]
except IndexError as e:
    print("idx", e)
for exc in (StopIteration, GeneratorExit, SystemExit, KeyboardInterrupt, FileNotFoundError, PermissionError, UnicodeError, FloatingPointError, EOFError, NotImplementedError, IndentationError, TabError, ModuleNotFoundError, UnboundLocalError):
    print(exc.__name__, [k.__name__ for k in exc.__mro__])
try:
    raise
except RuntimeError as e:
    print(e)
