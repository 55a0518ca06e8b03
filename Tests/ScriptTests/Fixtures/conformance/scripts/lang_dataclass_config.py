# dataclasses as course code uses them for configs and records: @dataclass with and without
# arguments, defaults and field(...), __post_init__, repr/eq/order/frozen/hash, asdict,
# astuple, replace, fields, is_dataclass and inheritance.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass
import dataclasses
from typing import List, Optional, ClassVar


@dataclass
class TrainConfig:
    lr: float = 0.01
    epochs: int = 10
    batch_size: int = 32
    layers: List[int] = field(default_factory=lambda: [64, 32])
    name: str = "baseline"
    seed: Optional[int] = None


cfg = TrainConfig()
print(cfg)
print(TrainConfig(0.1, 5, name="fast"))
print(cfg == TrainConfig(), cfg == TrainConfig(lr=0.02), cfg != TrainConfig(layers=[1]))
print(cfg.layers is TrainConfig().layers, TrainConfig.lr, TrainConfig.name, hasattr(TrainConfig, "layers"))
print(TrainConfig.__hash__, TrainConfig.__match_args__)
print(TrainConfig.__doc__)
print(asdict(cfg))
print(astuple(cfg))
fast = replace(cfg, lr=0.5, epochs=1)
print(fast, cfg.lr)
print([f.name for f in fields(cfg)], [f.type for f in fields(TrainConfig)][:3])
print(is_dataclass(cfg), is_dataclass(TrainConfig), is_dataclass(3), is_dataclass(dict))
f0 = fields(TrainConfig)[3]
print(f0.name, f0.default is dataclasses.MISSING, f0.default_factory is not dataclasses.MISSING, f0.init, f0.repr, f0.compare, f0.hash)
print(repr(dataclasses.MISSING).startswith("<dataclasses._MISSING_TYPE object at 0x"))


@dataclass(order=True)
class Result:
    score: float
    name: str = field(compare=False)
    history: list = field(default_factory=list, repr=False, compare=False)


results = [Result(0.5, "b"), Result(0.9, "a"), Result(0.1, "c", [1, 2])]
print(sorted(results))
print(max(results).name, min(results, key=lambda r: r.name), Result(1, "x") < Result(2, "y"))
print(Result(1, "x") == Result(1, "y"), Result(1, "x") <= Result(1, "y"), Result(1.0, "x") >= Result(2, "y"))
print(Result(0.5, "b").__lt__(3), Result.__eq__(Result(1, "a"), "other"))


@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3.0, 4.0)
print(p, p.norm(), hash(p) == hash(Point(3.0, 4.0)), {p: "origin"}[Point(3.0, 4.0)])
try:
    p.x = 1.0
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(replace(p, y=-4.0), len({Point(1, 2), Point(1, 2), Point(2, 1)}))


@dataclass
class Counter:
    counts: dict = field(default_factory=dict)
    total: int = field(default=0, init=False)
    ratio: float = field(init=False, repr=False)
    unit: ClassVar[str] = "tokens"

    def __post_init__(self):
        self.total = sum(self.counts.values())
        self.ratio = self.total / max(1, len(self.counts))

    def add(self, key, n=1):
        self.counts[key] = self.counts.get(key, 0) + n
        self.total += n


c = Counter({"a": 2, "b": 4})
c.add("c")
print(c, c.ratio, Counter.unit, [f.name for f in fields(c)])
print(Counter(), Counter() == Counter({}))


@dataclass
class Base:
    name: str
    size: int = 1

    def describe(self):
        return f"{type(self).__name__} {self.name} x{self.size}"


@dataclass
class Child(Base):
    extra: str = "none"
    size: int = 5


@dataclass(repr=False, eq=False)
class Plain(Base):
    pass


ch = Child("c")
print(ch, ch.describe(), [f.name for f in fields(Child)])
print(Child("c", 2, "yes"), isinstance(ch, Base), ch == Base("c", 5), Base("c") == Base("c"))
pl = Plain("p")
print(repr(pl)[:22], pl == Plain("p"), pl.describe(), asdict(pl))


@dataclass
class Nested:
    point: Point
    results: list
    meta: dict


n = Nested(Point(1, 2), [Result(1, "r")], {"k": Point(0, 0), "t": (Point(5, 5), 1)})
print(asdict(n))
print(astuple(n))
print(n)


@dataclass(eq=False)
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root, root == Node(1, root.children), hash(root) == hash(root))


@dataclass
class WithRepr:
    x: int

    def __repr__(self):
        return f"<WithRepr {self.x}>"


print(WithRepr(3), [WithRepr(1)])


@dataclass(init=False)
class Manual:
    a: int
    b: int = 2

    def __init__(self, a):
        self.a = a * 10


print(Manual(1), Manual(1) == Manual(1))


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(default="x", hash=False)


print(hash(Key(1)) == hash(Key(1, "y")), Key(1) == Key(1, "y"))
loop = Node(0)
loop.children.append(loop)
print(loop)
