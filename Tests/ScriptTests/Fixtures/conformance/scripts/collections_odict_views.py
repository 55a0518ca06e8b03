# The views of an OrderedDict print as odict_keys / odict_values / odict_items.
from collections import OrderedDict
d = OrderedDict(a=1, b=2)
d["c"] = 3
print(d.keys(), d.values(), d.items())
print(type(d.keys()).__name__, list(d.items())[-1])
print({"x": 1}.keys())
