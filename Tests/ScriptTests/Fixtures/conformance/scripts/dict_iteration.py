# iterating over dicts
params = {"lr": 0.01, "momentum": 0.9, "nesterov": False, "name": "SGD"}
for key in params:
    print(key, params[key])
for key, value in params.items():
    print(f"{key:>10}: {value!r}")
for value in params.values():
    print(type(value) == float, end=" ")
print()
print(sorted(params), sorted(params.items())[0])
rows = [{"epoch": 1, "loss": 0.5}, {"epoch": 2, "loss": 0.25}]
for row in rows:
    print(row["epoch"], row["loss"], row)
print([r["loss"] for r in rows])
print(max(rows, key=lambda r: r["loss"]))
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
