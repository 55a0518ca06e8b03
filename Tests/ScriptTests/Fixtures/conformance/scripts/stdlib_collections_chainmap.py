# collections.ChainMap: layered configuration lookups, writes to the first mapping.
from collections import ChainMap

defaults = {"lr": 0.1, "epochs": 10, "batch_size": 32}
overrides = {"lr": 0.01}
cli = {}
config = ChainMap(cli, overrides, defaults)
print(config)
print(config["lr"], config["epochs"], config.get("momentum"), config.get("momentum", 0.9))
print(len(config), list(config), "lr" in config, "momentum" in config)
print(sorted(config.items()), list(config.keys()), list(config.values()))
print(config.keys(), config.items())
print(dict(config))
config["epochs"] = 20
print(cli, defaults["epochs"], config["epochs"])
del config["epochs"]
print(cli, config["epochs"])
try:
    del config["lr"]
except KeyError as e:
    print("KeyError:", e)
try:
    config["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
child = config.new_child({"lr": 0.5})
print(child, child["lr"], child.parents["lr"])
print(child.maps[0], len(child.maps), child.parents)
kw = config.new_child(seed=0)
print(kw)
print(config.pop("missing", "default"))
try:
    config.pop("lr")
except KeyError as e:
    print("KeyError:", e)
try:
    ChainMap().popitem()
except KeyError as e:
    print("KeyError:", e)
c2 = ChainMap({"a": 1}, {"b": 2, "a": 3})
print(c2.popitem(), c2)
c3 = c2.copy()
c3["z"] = 26
print(c2, c3)
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {})), bool(ChainMap({}, {"x": 1})))
print(ChainMap.fromkeys("ab"), ChainMap.fromkeys(["x"], 0))
print(ChainMap({"a": 1}) == {"a": 1}, ChainMap({"a": 1}, {"a": 2}) == ChainMap({"a": 1}), ChainMap({"a": 1}) != {"a": 2})
print(ChainMap({"a": 1}) | {"b": 2}, {"b": 2} | ChainMap({"a": 1}, {"c": 3}))
m = ChainMap({"a": 1}, {"b": 2})
m |= {"c": 3}
print(m)
m.update({"d": 4}, e=5)
m.update([("f", 6)])
print(m, m.setdefault("b", 0), m.setdefault("g", 7), m)
m.clear()
print(m)
keys = ChainMap({"x": 1, "y": 2}, {"y": 20, "z": 30, "w": 40})
print(list(keys), [k for k in keys], len(keys))
print("x" in keys.keys(), 30 in keys.values(), ("y", 2) in keys.items(), ("y", 20) in keys.items())
keys.maps.append({"extra": 0})
print(keys["extra"], len(keys))
try:
    hash(keys)
except TypeError as e:
    print("TypeError:", e)
print(type(keys).__name__, isinstance(keys, dict))
scopes = ChainMap({})
for depth in range(3):
    scopes = scopes.new_child({f"v{depth}": depth})
print(scopes)
print({k: scopes[k] for k in scopes})
