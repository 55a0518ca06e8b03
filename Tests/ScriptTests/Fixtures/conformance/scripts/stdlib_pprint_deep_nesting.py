# pprint of deeply nested data: RecursionError at the recursion limit, as CPython's _safe_repr.
import pprint

shallow = []
for _ in range(50):
    shallow = [shallow]
print(len(pprint.pformat(shallow)), pprint.pformat(shallow, depth=3))
for depth in (1500, 5000):
    nested = {}
    for _ in range(depth):
        nested = {"child": nested}
    try:
        pprint.pformat(nested)
        print(depth, "formatted")
    except RecursionError as e:
        print(depth, "RecursionError:", e)
    items = []
    for _ in range(depth):
        items = [items, 1]
    try:
        pprint.pprint(items)
    except RecursionError as e:
        print(depth, "RecursionError:", e)
