class AppError(Exception):
    pass

class ShapeError(AppError):
    def __init__(self, expected, got):
        super().__init__(f"expected {expected}, got {got}")
        self.expected = expected
        self.got = got

class QuietError(AppError):
    def __str__(self):
        return "quiet!"

for exc in [AppError("plain"), ShapeError((2, 3), (3, 2)), QuietError("hidden"), AppError(), AppError(1, 2)]:
    try:
        raise exc
    except ShapeError as e:
        print("shape", e, e.expected, e.got, e.args)
    except AppError as e:
        print(type(e).__name__, repr(str(e)), e.args, repr(e))

try:
    raise ShapeError
except TypeError as e:
    print("TypeError:", e)

class Wrapped(ValueError):
    code = 7
try:
    int("x")
except ValueError as e:
    print(isinstance(e, Wrapped), type(e).__name__)
try:
    raise Wrapped("bad value")
except ValueError as e:
    print(isinstance(e, Wrapped), type(e).__name__, e.code, e)
try:
    raise Wrapped
except (KeyError, Wrapped) as e:
    print("tuple caught", repr(e))
print(issubclass(ShapeError, Exception), issubclass(ShapeError, BaseException), isinstance(ShapeError(1, 2), AppError))

def validate(x):
    if x < 0:
        raise ShapeError("non-negative", x)
    return x

validate(3)
validate(-1)
