# BaseException.add_note and __notes__ (3.11): notes print under the exception's line.
try:
    raise ValueError("bad shape")
except ValueError as e:
    e.add_note("while loading batch 3")
    e.add_note("check the dataset")
    print(e.__notes__, str(e), repr(e), e.args)
try:
    ValueError().add_note(3)
except TypeError as e:
    print("TypeError:", e)
e = KeyError("k")
e.__notes__ = "notalist"
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)
print(hasattr(ValueError(), "__notes__"))
e = RuntimeError("r")
e.__notes__ = []
e.add_note("appended")
e.__notes__.append("by hand")
print(e.__notes__)


def load(i):
    try:
        return {"a": 1}[i]
    except KeyError as err:
        err.add_note(f"looking up {i!r}")
        raise


try:
    load("b")
except KeyError as err:
    print("caught", err, err.__notes__)


def step(x):
    try:
        return 1 / x
    except ZeroDivisionError as err:
        raise ValueError("step failed") from err


try:
    step(0)
except ValueError as err:
    err.add_note("epoch 7")
    saved = err
try:
    raise saved
except ValueError as err:
    err.add_note("multi-line\nnote")
    raise
