# dataclasses' introspection and less common field kinds: Field and _DataclassParams reprs,
# InitVar parameters passed to __post_init__, KW_ONLY and kw_only=True, metadata, a field
# named self, a decorator applied by hand, and a __post_init__ whose ValueError is left
# uncaught (CPython's traceback runs through the generated __init__ in "<string>").
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY


@dataclass
class Scaled:
    values: list
    scale: InitVar[float] = 1.0
    total: float = field(init=False, default=0.0)

    def __post_init__(self, scale):
        self.values = [v * scale for v in self.values]
        self.total = sum(self.values)


print(Scaled([1, 2]), Scaled([1, 2], 3.0), Scaled([1], scale=0.5).total)
print([f.name for f in dataclasses.fields(Scaled)], list(Scaled.__dataclass_fields__))
print(Scaled.__dataclass_fields__["scale"].type, Scaled.__doc__)


@dataclass
class Options:
    path: str
    _: KW_ONLY
    verbose: bool = False
    retries: int = 3


print(Options("a", verbose=True), Options.__match_args__, Options.__doc__)
try:
    Options("a", True)
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class Job:
    name: str
    priority: int = 0


print(Job(name="j"), Job.__doc__)
try:
    Job("j")
except TypeError as e:
    print("TypeError:", e)

f = dataclasses.fields(Job)[0]
print(f.name, f.type, f.kw_only, f.metadata, repr(f.default)[:35])
print(repr(f).replace(repr(dataclasses.MISSING), "MISSING"))
print(Job.__dataclass_params__, Job.__dataclass_params__.frozen, Job.__dataclass_params__.eq)
g = field(default=3, metadata={"unit": "s"}, repr=False)
print(g.default, g.metadata["unit"], g.repr, g.name, g.type)


@dataclass
class Odd:
    self: int
    other: int = 2


print(Odd(1), Odd(self=5, other=6))


class Manual:
    x: int
    y: str = "y"


Auto = dataclass(Manual)
print(Auto is Manual, Manual(1), Manual.__eq__(Manual(1), Manual(1)))
class Frozen:
    k: int


Frozen = dataclass(frozen=True, order=True)(Frozen)
print(sorted([Frozen(3), Frozen(1)]), hash(Frozen(1)) == hash((1,)))
print(dataclasses.is_dataclass(Frozen(1)), dataclasses.astuple(Frozen(2)), dataclasses.asdict(Frozen(2), dict_factory=list))


@dataclass
class Range:
    low: float
    high: float

    def __post_init__(self):
        if self.low > self.high:
            raise ValueError(f"empty range: {self.low} > {self.high}")


print(Range(0, 1))
r = Range(2.0, 1.0)
