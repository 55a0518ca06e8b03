# match: mapping patterns with literal and dotted keys, **rest, extra keys ignored,
# and dict subclasses; `get` is how values are looked up (no __missing__).
from collections import defaultdict, OrderedDict


class Keys:
    NAME = "name"


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", Keys.NAME: name, **rest}:
            return f"key {name} with {rest}"
        case {"type": "scroll"}:
            return "scroll"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": [5, 6], "button": 1},
    {"type": "key", "name": "a", "shift": True, "ctrl": False},
    {"type": "scroll", "delta": -1},
    {"kind": "other"},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))

d = defaultdict(int, {"a": 1})
match d:
    case {"b": v}:
        print("found b", v)
    case {"a": v}:
        print("found a", v)
print(dict(d))

match OrderedDict([("z", 1), ("y", 2), ("x", 3)]):
    case {"y": 2, **others}:
        print(others, type(others).__name__)

match {1: "one", -2: "minus two", None: "none", True: "yes"}:
    case {1: a, -2: b, None: c}:
        print(a, b, c)


class Config(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)


match Config(host="x", port=80):
    case {"host": h, "port": p}:
        print(h, p)

match {"a": 1}:
    case {**everything}:
        print(everything)
