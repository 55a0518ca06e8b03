# inspect's predicates and signature() of script functions.
import inspect
import math
from typing import List, Optional


class Point:
    def __init__(self, x: float, y: float = 0.0):
        self.x, self.y = x, y

    def scaled(self, k, /, *, round_to: int = 2) -> "Point":
        return Point(self.x * k, self.y * k)


def gen(n):
    yield n


def train(model, data: List[float], lr: float = 0.01, *args, epochs=10, verbose: bool = False, **opts) -> Optional[dict]:
    pass


def pos_only(a, b=2, /, c=3):
    pass


for obj in (Point, Point(1), Point.scaled, Point(1).scaled, gen, gen(1), len, math, train, lambda: 0, 3, math.sqrt):
    print(inspect.isclass(obj), inspect.isfunction(obj), inspect.ismethod(obj), inspect.isgeneratorfunction(obj),
          inspect.isgenerator(obj), inspect.isbuiltin(obj), inspect.isroutine(obj), inspect.ismodule(obj))
for f in (train, pos_only, gen, Point.__init__, Point.scaled, Point(1).scaled, lambda x, *, y=[1, 2]: x):
    sig = inspect.signature(f)
    print(sig)
    print(repr(sig), str(sig) == f"{sig}")


def annotated(a: Point, b: "Tensor", c: list[int] | None = None, d: math.inf.__class__ = math.inf) -> None:
    pass


print(inspect.signature(annotated))
