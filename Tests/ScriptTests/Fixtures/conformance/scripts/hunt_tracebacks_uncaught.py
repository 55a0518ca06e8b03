# An uncaught error deep in a pipeline: the traceback goes through a generator, a lambda,
# a comprehension and methods, with the chained cause printed first.
class Normalizer:
    def __init__(self, scale):
        self.scale = scale

    def __call__(self, x):
        return x / self.scale


class Pipeline:
    def __init__(self, *steps):
        self.steps = steps

    def run(self, xs):
        for x in xs:
            for step in self.steps:
                x = step(x)
            yield x


def load(rows):
    try:
        return [float(r) for r in rows]
    except ValueError as e:
        raise RuntimeError("could not load rows") from e


values = load(["1", "2", "4"])
pipe = Pipeline(lambda v: v - 1, Normalizer(0))
try:
    total = sum(pipe.run(values))
except ZeroDivisionError as e:
    print("caught", e)
    try:
        load(["1", "two"])
    except RuntimeError as err:
        print("caught", err, "from", repr(err.__cause__))
print({k: v for k, v in zip("ab", pipe.run([1.0]))})
