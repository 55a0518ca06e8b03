# The module's own names as `python script.py` defines them: globals() keys and values,
# __annotations__ filled by module-level annotated assignments, __builtins__, __file__.
print(list(globals().keys()))
print(__name__, __doc__, __package__, __spec__, __cached__)
print(__builtins__, type(__builtins__).__name__, __file__.endswith("lang_module_dunders.py"))
print(__annotations__, globals()["__annotations__"] is __annotations__)
learning_rate: float = 0.01
epochs: int
names: "list[str]" = ["a"]
print(__annotations__, learning_rate, "epochs" in globals())


class Box:
    pass


box = Box()
box.size: int = 3
(parenthesized): int = 5
print(__annotations__, box.size, parenthesized)


def train(steps):
    local_total: float = 0.0
    for _ in range(steps):
        local_total += 1
    return local_total


print(train(3), __annotations__)
import builtins

print(builtins.len is len, builtins.print is print, builtins.max([1, 5]), builtins)
print(sorted(k for k in globals() if k.startswith("__")))
print(len(globals()), [k for k in globals() if not k.startswith("__")])
missing_annotation: UndefinedType = 1
