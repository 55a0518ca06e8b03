# json.dump writes the chunks of iterencode one write() each; loads(strict=False).
import json


class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


for obj, kwargs in [({"a": [1, 2, {"b": None}], "c": "x"}, {}),
                    ([1, 2], {"indent": 2}),
                    ({"layers": [{"in": 2, "out": 4}, {"in": 4, "out": 1}], "lr": 0.01, "ok": True}, {"indent": 2}),
                    ({"z": 1, "a": [], "m": {}}, {"sort_keys": True, "separators": (",", ":")}),
                    ([[1, [2, [3]]], "s", 1.5, False], {"indent": "\t"}),
                    ("just a string", {}), (42, {}), ([], {}), ({}, {"indent": 4}),
                    ({1: "int key", 2.5: "float key", None: "none", True: "bool"}, {})]:
    r = Recorder()
    json.dump(obj, r, **kwargs)
    print(len(r.parts), r.parts)
    assert "".join(r.parts) == json.dumps(obj, **kwargs)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


r = Recorder()
json.dump({"p": Point(1, 2), "q": [Point(3, 4)]}, r, default=lambda o: {"x": o.x, "y": o.y})
print(r.parts)
r = Recorder()
try:
    json.dump({"ok": 1, "bad": [1, Point(0, 0)]}, r)
except TypeError as e:
    print("TypeError:", e)
print("written before the error:", r.parts)
print(list(json.JSONEncoder().iterencode({"a": [1, "b"]})))
print(list(json.JSONEncoder(indent=1).iterencode([{"k": (1, 2)}])))
print(json.loads('{"a": "x\ty", "b": "line1\nline2"}', strict=False))
print(json.JSONDecoder(strict=False).decode('["tab\there"]'))
try:
    json.loads('{"a": "x\ty"}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.loads('"\x01"', strict=True)
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
print(json.loads('"\x01\x1f"', strict=False) == "\x01\x1f")
