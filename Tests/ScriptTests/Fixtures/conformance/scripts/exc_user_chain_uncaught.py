class DataError(Exception):
    """Raised when a batch is malformed."""

class ShapeMismatch(DataError):
    def __init__(self, expected, got):
        super().__init__(expected, got)
        self.expected = expected
        self.got = got

    def __str__(self):
        return f"expected shape {self.expected}, got {self.got}"

class Loader:
    def __init__(self, rows):
        self.rows = rows

    def check(self, row):
        if len(row) != 2:
            raise ShapeMismatch(2, len(row))
        return row

    def load(self):
        out = []
        for i, row in enumerate(self.rows):
            try:
                out.append(self.check(row))
            except ShapeMismatch as e:
                raise DataError(f"row {i} is malformed") from e
        return out

print(Loader([[1, 2], [3, 4]]).load())
try:
    Loader([[1]]).load()
except DataError as e:
    print(type(e).__name__, e, "<-", type(e.__cause__).__name__, e.__cause__, e.__cause__.args)
Loader([[1, 2], [3, 4, 5]]).load()
