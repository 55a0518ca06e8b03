# Annotations as CPython 3.11 evaluates them: functions' __annotations__ (parameters in
# order, then 'return'), class bodies', the module's, and typing/builtin generic aliases.
from typing import Dict, List, Optional, Tuple

import torch


def train(model: "Net", data: List[Tuple[float, float]], lr: float = 0.1, *args: int,
          epochs: int = 3, verbose: bool = False, **options: dict) -> Optional[float]:
    return None


print(train.__annotations__)
print(list(train.__annotations__))


def plain(a, b=1):
    pass


print(plain.__annotations__, plain.__annotations__ is plain.__annotations__)
plain.__annotations__["a"] = int
print(plain.__annotations__, plain.__dict__)


def scale(x: torch.Tensor, factor: float = 2.0) -> torch.Tensor:
    return x * factor


print(scale.__annotations__)
print(scale(torch.tensor([1.0, 2.0])))


class Config:
    "Hyper-parameters."
    lr: float = 0.01
    layers: list[int] = [2, 16, 2]
    name: str
    table: dict[str, float] = {}
    shape: tuple[int, ...] = (1, 2)

    def step(self, k: int) -> None:
        pass


print(Config.__annotations__)
print(list(Config.__dict__)[:4])
print(Config.step.__annotations__, Config().__annotations__ is Config.__annotations__)


class Derived(Config):
    pass


print(Derived.__annotations__, "__annotations__" in Derived.__dict__)

counter: int = 0
ratio: float
names: List[str] = []
print(__annotations__)
print(globals()["__annotations__"] is __annotations__)
print(list[int], dict[str, List[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), dict[str, int](a=1), list[int] == list[int], list[int] == list[str])
calls = []


def note(x):
    calls.append(x)
    return x


def evaluated(a: note("a") = note("default"), *, b: note("b")) -> note("ret"):
    pass


print(calls, evaluated.__annotations__)


def wrapper(f):
    import functools

    @functools.wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner


@wrapper
def wrapped(x: int) -> str:
    return str(x)


print(wrapped.__annotations__, wrapped(3))
square = lambda n: n * n
print(square.__annotations__)
