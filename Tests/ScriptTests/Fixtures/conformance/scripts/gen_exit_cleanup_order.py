# What generators left suspended do when the program ends: CPython 3.11 closes them while
# every name is still bound (cleanup may call module functions), first those that are values
# of global names, then those in containers or kept alive by reference cycles.
def log(message):
    print("log:", message)


class Loader:
    """Holds its own generator: a reference cycle, closed only by the collector."""

    def __init__(self, name):
        self.name = name
        self.batches = self.make_batches()

    def make_batches(self):
        try:
            for i in range(3):
                yield f"{self.name}:{i}"
        finally:
            print("loader finally", self.name)


def reader(name):
    try:
        yield name
    finally:
        print("reader finally", name)


def needs_log(name):
    try:
        yield name
    finally:
        log(name)


def failing(name):
    try:
        yield name
    finally:
        raise ValueError(f"cleanup of {name} failed")


train = Loader("train")
print(next(train.batches))
first = reader("first")
next(first)
_hidden = reader("_hidden")
next(_hidden)
late = needs_log("late")
next(late)
broken = failing("broken")
next(broken)
valid = Loader("valid")
print(next(valid.batches))
loose = Loader("loose")
print(next(loose.batches))
last = reader("last")
next(last)
held = [reader("in a list")]
next(held[0])
first = reader("first again")
next(first)
print("end of script")
