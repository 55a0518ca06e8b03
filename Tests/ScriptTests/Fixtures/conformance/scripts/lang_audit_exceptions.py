# An exception hierarchy as course code writes one, raise...from, tracebacks through layers.
class TrainingError(Exception):
    """Base class for training failures."""


class ShapeError(TrainingError, ValueError):
    def __init__(self, expected, got):
        super().__init__(f"expected shape {expected}, got {got}")
        self.expected, self.got = expected, got


class DivergedError(TrainingError):
    def __init__(self, step, loss):
        self.step, self.loss = step, loss

    def __str__(self):
        return f"loss diverged to {self.loss} at step {self.step}"


print(ShapeError.__mro__)
print(issubclass(ShapeError, ValueError), issubclass(DivergedError, (KeyError, TrainingError)))
e = ShapeError((2, 3), (3, 2))
print(e, repr(e), e.args, e.expected)
d = DivergedError(7, float("inf"))
print(d, repr(d), d.args, str(d))
print(repr(TrainingError()), repr(TrainingError("a", 1)), str(TrainingError("a", 1)), str(KeyError("k")))


def check(shape):
    if shape != (2, 3):
        raise ShapeError((2, 3), shape)
    return True


for s in [(2, 3), (4,)]:
    try:
        check(s)
    except ValueError as err:
        print("caught as ValueError:", type(err).__name__, err)
    else:
        print("ok", s)
    finally:
        print("checked", s)


def load(path):
    try:
        return {"a.pt": 1}[path]
    except KeyError as exc:
        raise FileNotFoundError(f"no checkpoint {path!r}") from exc


try:
    load("b.pt")
except FileNotFoundError as exc:
    print(exc, "| cause:", repr(exc.__cause__), "| context:", repr(exc.__context__), exc.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling") from None
except RuntimeError as exc:
    print(exc, exc.__cause__, repr(exc.__context__), exc.__suppress_context__)

for exc_type in (ArithmeticError, LookupError, Exception, BaseException):
    try:
        [][1] if exc_type is LookupError else 1 / 0
    except exc_type as caught:
        print(exc_type.__name__, "caught", type(caught).__name__, caught)

try:
    raise DivergedError(3, 1e9)
except (ShapeError, DivergedError) as err:
    print("tuple except:", err, err.step)


def check_all(xs):
    return [1 / x for x in xs]


try:
    check_all([1, 0])
except ZeroDivisionError as err:
    print(type(err), err, err.args)

try:
    assert 1 + 1 == 3, f"math is broken: {1 + 1}"
except AssertionError as err:
    print("assert:", err, err.args)
try:
    assert []
except AssertionError as err:
    print("bare assert:", repr(err), err.args)


def gen():
    yield 1
    raise TrainingError("generator failed")


try:
    for v in gen():
        print("got", v)
except TrainingError as err:
    print(err)

try:
    raise ValueError
except ValueError as err:
    print(repr(err), err.args, str(err) == "")
try:
    int("3.5")
except ValueError as err:
    print(err)
try:
    {}["missing"]
except LookupError as err:
    print(repr(err), err)
try:
    raise KeyError("a", "b")
except KeyError as err:
    print(err, err.args)
try:
    raise Exception("x") from ValueError("y")
except Exception as err:
    print(repr(err.__cause__))
try:
    try:
        raise TypeError("inner")
    finally:
        print("finally runs first")
except TypeError as err:
    print("then handler", err)


def risky():
    try:
        return "from try"
    finally:
        print("cleanup")


print(risky())
err = ShapeError((1,), (2,))
print(isinstance(err, TrainingError), isinstance(err, Exception), isinstance(err, KeyError))
print(err.with_traceback(None) is err, hasattr(err, "__traceback__"))


class Trainer:
    def __init__(self, losses):
        self.losses = losses

    def step(self, i):
        loss = self.losses[i]
        if loss > 100:
            raise DivergedError(i, loss)
        return loss

    def fit(self):
        return [self.step(i) for i in range(len(self.losses))]


def run(trainer):
    try:
        return trainer.fit()
    except DivergedError as exc:
        raise RuntimeError("training failed") from exc


print(Trainer([3, 2, 1]).fit())
run(Trainer([3, 1000, 1]))
