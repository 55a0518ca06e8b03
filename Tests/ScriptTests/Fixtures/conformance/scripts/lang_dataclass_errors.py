# dataclasses' errors, as CPython 3.11 raises them: mutable defaults, a non-default field
# after a default one, both default and default_factory, order without eq, a field() with no
# annotation, frozen and non-frozen inheritance, overwritten ordering methods, bad calls of
# the generated __init__, replace() of an init=False field, the module functions on
# non-dataclasses, and finally a FrozenInstanceError left uncaught.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError


def attempt(label, make):
    try:
        result = make()
        print(label, "->", result)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


def mutable_list():
    @dataclass
    class C:
        items: list = []
    return C


def mutable_dict():
    @dataclass
    class C:
        table: dict = {}
    return C


def mutable_set():
    @dataclass
    class C:
        seen: set = set()
    return C


def non_default():
    @dataclass
    class C:
        a: int = 1
        b: int
    return C


def both_defaults():
    return field(default=1, default_factory=list)


def order_without_eq():
    @dataclass(order=True, eq=False)
    class C:
        a: int
    return C


def no_annotation():
    @dataclass
    class C:
        a: int
        b = field(default=2)
    return C


@dataclass(frozen=True)
class FrozenBase:
    a: int = 0


@dataclass
class ThawedBase:
    a: int = 0


def thaw():
    @dataclass
    class C(FrozenBase):
        b: int = 1
    return C


def freeze():
    @dataclass(frozen=True)
    class C(ThawedBase):
        b: int = 1
    return C


def overwrite_lt():
    @dataclass(order=True)
    class C:
        a: int

        def __lt__(self, other):
            return True
    return C


def overwrite_setattr():
    @dataclass(frozen=True)
    class C:
        a: int

        def __setattr__(self, name, value):
            pass
    return C


def overwrite_hash():
    @dataclass(unsafe_hash=True)
    class C:
        a: int

        def __hash__(self):
            return 1
    return C


def classvar_factory():
    from typing import ClassVar

    @dataclass
    class C:
        a: ClassVar[list] = field(default_factory=list)
    return C


for label, make in [("list default", mutable_list), ("dict default", mutable_dict), ("set default", mutable_set),
                    ("non-default after default", non_default), ("both defaults", both_defaults),
                    ("order without eq", order_without_eq), ("no annotation", no_annotation),
                    ("thaw", thaw), ("freeze", freeze), ("overwrite __lt__", overwrite_lt),
                    ("overwrite __setattr__", overwrite_setattr), ("overwrite __hash__", overwrite_hash),
                    ("ClassVar factory", classvar_factory)]:
    attempt(label, lambda: make().__name__)


@dataclass
class Run:
    name: str
    steps: int = 100
    log: list = field(default_factory=list, init=False)


attempt("missing", lambda: Run())
attempt("too many", lambda: Run("a", 1, 2))
attempt("unknown keyword", lambda: Run("a", rate=2))
attempt("twice", lambda: Run("a", name="b"))
attempt("init=False given", lambda: Run("a", log=[]))
attempt("replace init=False", lambda: replace(Run("a"), log=[1]))
attempt("replace unknown", lambda: replace(Run("a"), rate=1))
attempt("replace class", lambda: replace(Run, steps=1))
attempt("fields of int", lambda: fields(3))
attempt("asdict of class", lambda: asdict(Run))
attempt("astuple of dict", lambda: astuple({"a": 1}))
attempt("compare", lambda: Run("a") < Run("b"))
attempt("hash", lambda: hash(Run("a")))


@dataclass
class Checked:
    lr: float
    momentum: float = 0.9

    def __post_init__(self):
        if not 0 < self.lr < 1:
            raise ValueError(f"lr must be in (0, 1), got {self.lr}")


attempt("post_init", lambda: Checked(2.0))
print(Checked(0.5))


@dataclass(frozen=True)
class Hyper:
    lr: float = 0.1
    decay: float = 0.0


h = Hyper()
attempt("frozen setattr", lambda: setattr(h, "lr", 1))
attempt("frozen new attribute", lambda: setattr(h, "other", 1))
attempt("frozen delattr", lambda: delattr(h, "decay"))
print(issubclass(FrozenInstanceError, AttributeError), FrozenInstanceError.__module__)
h.lr = 0.5
