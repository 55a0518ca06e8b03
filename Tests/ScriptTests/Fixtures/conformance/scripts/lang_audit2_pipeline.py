# A data pipeline of generators (yield from, send, close), a Dataset-like class, custom
# exception hierarchy with chaining, and a context manager class that suppresses errors.
class DataError(Exception):
    """Base of the pipeline's errors."""


class BadRecord(DataError):
    def __init__(self, line_no, text):
        super().__init__(line_no, text)
        self.line_no, self.text = line_no, text

    def __str__(self):
        return f"line {self.line_no}: cannot parse {self.text!r}"


RAW = ["1.5,2", "2.0,4", "oops", "3.5,7", "", "4.0,x", "5.0,10"]


def parse(lines):
    for no, line in enumerate(lines, 1):
        if not line:
            continue
        try:
            a, b = line.split(",")
            yield float(a), float(b)
        except ValueError as exc:
            raise BadRecord(no, line) from exc


def skip_bad(lines):
    good = bad = 0
    rest = list(lines)
    while rest:
        try:
            for pair in parse(rest):
                good += 1
                yield pair
            rest = []
        except BadRecord as e:
            bad += 1
            print("skipped", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
            rest = [l if i > e.line_no else "" for i, l in enumerate(rest, 1)]
    return good, bad


def batched(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def run():
    stats = yield from skip_bad(RAW)
    print("stats", stats)


for batch in batched(run(), 2):
    print("batch", batch)


def averager():
    total, n = 0.0, 0
    avg = None
    while True:
        try:
            x = yield avg
        except GeneratorExit:
            print("averager closed after", n)
            raise
        total, n = total + x, n + 1
        avg = total / n


avg = averager()
next(avg)
print([avg.send(x) for x in [2, 4, 9]])
avg.close()


class Pairs:
    def __init__(self, rows):
        self.rows = list(rows)

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Pairs(self.rows[i])
        x, y = self.rows[i]
        return {"x": x, "y": y}

    def __repr__(self):
        return f"Pairs(n={len(self)})"


ds = Pairs(pair for pair in skip_bad(RAW[:3]))
print(ds, ds[0], ds[-1], ds[1:], list(ds)[:1], [r["y"] for r in ds])


class Suppress:
    def __init__(self, *kinds):
        self.kinds, self.caught = kinds, []

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is not None and issubclass(kind, self.kinds):
            self.caught.append(repr(value))
            return True
        return False


with Suppress(KeyError, ZeroDivisionError) as s:
    {}["missing"]
with s:
    1 / 0
print(s.caught)
try:
    with Suppress(KeyError):
        raise BadRecord(9, "zz") from None
except DataError as e:
    print(type(e).__name__, e, e.args, e.__cause__, e.__suppress_context__, isinstance(e, Exception))
try:
    try:
        int("x")
    except ValueError:
        raise DataError("while converting")
except DataError as e:
    print(repr(e), "| context:", repr(e.__context__))
list(parse(["7,8", "bad"]))
