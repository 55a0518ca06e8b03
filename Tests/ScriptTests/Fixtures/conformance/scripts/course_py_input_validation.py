# an exception-heavy input-validation helper, with chained errors and a final traceback
import math


class ValidationError(ValueError):
    def __init__(self, field, message, value=None):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.value = value

    def __repr__(self):
        return f"ValidationError({self.field!r}, value={self.value!r})"


class MissingField(ValidationError, KeyError):
    pass


def require(record, key, kind, *, positive=False, choices=None):
    try:
        raw = record[key]
    except KeyError as exc:
        raise MissingField(key, "is required") from exc
    try:
        value = kind(raw)
    except (TypeError, ValueError) as exc:
        raise ValidationError(key, f"expected {kind.__name__}, got {raw!r}", raw) from exc
    if positive and not value > 0:
        raise ValidationError(key, f"must be positive, got {value}", value)
    if choices is not None and value not in choices:
        raise ValidationError(key, f"must be one of {sorted(choices)}", value)
    return value


def parse(record):
    errors = []
    out = {}
    for key, kind, opts in [("lr", float, {"positive": True}), ("epochs", int, {"positive": True}),
                            ("optimizer", str, {"choices": {"sgd", "adam"}})]:
        try:
            out[key] = require(record, key, kind, **opts)
        except MissingField as e:
            errors.append(f"missing {e.field}")
        except ValidationError as e:
            errors.append(str(e))
        else:
            errors.append(None)
        finally:
            out.setdefault("checked", []).append(key)
    return out, [e for e in errors if e]


records = [
    {"lr": "0.01", "epochs": 10, "optimizer": "adam"},
    {"lr": "fast", "epochs": "ten"},
    {"lr": -1, "epochs": 3.7, "optimizer": "rmsprop"},
    {"epochs": None, "optimizer": "sgd"},
]
for r in records:
    out, errs = parse(r)
    print(out, errs)

try:
    require({"lr": "x"}, "lr", float)
except ValidationError as e:
    print(repr(e), e.args, isinstance(e, ValueError), type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__, e.__context__ is e.__cause__)
try:
    require({}, "lr", float)
except KeyError as e:
    print("caught as KeyError:", e, MissingField.__mro__[1:4])

def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return math.nan
    finally:
        print(f"safe_div({a}, {b})")

print(safe_div(1, 0), safe_div(3, 2))

def retry(times):
    def deco(fn):
        def wrapper(*args):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(attempt, *args)
                except RuntimeError as e:
                    last = e
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {times} attempts") from last
        return wrapper
    return deco

@retry(3)
def flaky(attempt, target):
    if attempt < target:
        raise RuntimeError(f"not yet ({attempt}/{target})")
    return f"ok on attempt {attempt}"

print(flaky(2))
try:
    flaky(5)
except RuntimeError as e:
    print(e, "<-", e.__cause__)

try:
    try:
        {}["missing"]
    except KeyError:
        int("12a")
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__)
    print([f"{type(e).__name__}: {e}"])

try:
    assert 0.1 + 0.2 == 0.3, f"floats: {0.1 + 0.2!r}"
except AssertionError as e:
    print("AssertionError:", e)

errs = []
for value in ["3", "-2", "abc", None, "1e3"]:
    try:
        n = int(value)
        if n < 0:
            raise ValueError(f"negative: {n}")
    except (TypeError, ValueError) as e:
        errs.append(f"{type(e).__name__}: {e}")
    else:
        errs.append(n)
print(errs)

def load(record):
    return require(record, "epochs", int, positive=True)

print(load({"epochs": "7"}))
load({"epochs": "0"})
