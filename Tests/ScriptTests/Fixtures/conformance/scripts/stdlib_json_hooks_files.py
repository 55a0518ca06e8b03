# json.dump/json.load through file-like objects, and the hooks: default, object_hook,
# object_pairs_hook, parse_float, parse_int, parse_constant, cls
import json
from collections import OrderedDict
from dataclasses import dataclass, asdict


class MemoryFile:
    """What json.dump/json.load need of a file: write(str) and read()."""
    def __init__(self, text=""):
        self.text = text
        self.writes = 0

    def write(self, s):
        self.writes += 1
        self.text += s
        return len(s)

    def read(self):
        return self.text


cfg = {"lr": 0.1, "layers": [64, 32], "name": "mlp", "flags": {"bn": True, "drop": None}}
f = MemoryFile()
print(json.dump(cfg, f), f.text)
g = MemoryFile()
json.dump(cfg, g, indent=2, sort_keys=True)
print(g.text)
print(json.load(MemoryFile(g.text)) == cfg, json.load(f))


@dataclass
class Point:
    x: float
    y: float


def encode(o):
    if isinstance(o, Point):
        return {"__point__": True, **asdict(o)}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")


def decode(d):
    if d.pop("__point__", False):
        return Point(**d)
    return d


data = {"points": [Point(1, 2), Point(0.5, -1)], "tags": {"b", "a"}}
text = json.dumps(data, default=encode)
print(text)
print(json.loads(text, object_hook=decode))
try:
    json.dumps({"c": range(2)}, default=encode)
except TypeError as e:
    print("TypeError:", e)
print(json.loads('{"b": 1, "a": 2, "b": 3}'), json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"z": 1, "y": {"x": 2}}', object_pairs_hook=OrderedDict))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items()), object_pairs_hook=dict))
print(json.loads("[1.5, 2, 1e400, NaN]", parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads("[NaN, -Infinity]", parse_constant=lambda name: f"<{name}>"))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return {"__set__": sorted(o)}
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=SetEncoder), json.dumps([{1}], cls=SetEncoder, indent=1))
try:
    json.dumps({"p": Point(0, 0)}, cls=SetEncoder)
except TypeError as e:
    print("TypeError:", e)
enc = json.JSONEncoder(sort_keys=True, separators=(",", ":"))
print(enc.encode({"b": [1, 2], "a": None}), "".join(json.JSONEncoder().iterencode([1, "x"])))
dec = json.JSONDecoder(object_hook=decode)
print(dec.decode('{"__point__": true, "x": 3, "y": 4}'), dec.raw_decode('[1, 2] tail'))
try:
    json.load(MemoryFile('{"a": 1,}'))
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos)
