# Exception chaining, implicit context, and tracebacks through methods, generators,
# lambdas and comprehensions.
class DataError(Exception):
    def __init__(self, message, row):
        super().__init__(message)
        self.row = row

    def __str__(self):
        return f"{self.args[0]} (row {self.row})"


class Loader:
    def __init__(self, rows):
        self.rows = rows

    def parse(self, i):
        try:
            return int(self.rows[i])
        except ValueError as e:
            raise DataError("bad value", i) from e

    def rows_parsed(self):
        for i in range(len(self.rows)):
            yield self.parse(i)


loader = Loader(["1", "2", "x", "4"])
try:
    print(list(loader.rows_parsed()))
except DataError as e:
    print("caught:", e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__, "row:", e.row, "args:", e.args)

try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)


def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x


try:
    [check(v) for v in [3, 2, -1]]
except AssertionError as e:
    print("assert:", e, e.args)

errors = []
for exc in [ZeroDivisionError, OverflowError, KeyError, IndexError, StopIteration, GeneratorExit, KeyboardInterrupt]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])

try:
    raise KeyError("key", 2)
except LookupError as e:
    print(type(e).__name__, str(e), repr(e), e.args)

try:
    raise IndexError
except Exception as e:
    print(repr(e), str(e) == "", e.args)

e = ValueError("a", 1)
print(str(e), repr(e), str(KeyError("k")), str(KeyError()), repr(StopIteration(5)), StopIteration(5).value)


def nested():
    try:
        raise TypeError("inner")
    finally:
        print("finally runs")


try:
    nested()
except TypeError as e:
    print("after finally:", e)


def g():
    yield 1
    raise ValueError("from generator")


apply = lambda f, xs: [f(x) for x in xs]
scale = lambda x: 10 / x
print(apply(scale, [1, 2, 5]))
try:
    for v in g():
        print("got", v)
except ValueError as err:
    print("generator raised:", err)
try:
    try:
        raise OSError("disk")
    except OSError as first:
        try:
            raise ValueError("second")
        except ValueError as second:
            raise TypeError("third") from second
except TypeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__cause__.__context__))

loader2 = Loader(["5", "oops"])
print(sum(loader2.rows_parsed()))
