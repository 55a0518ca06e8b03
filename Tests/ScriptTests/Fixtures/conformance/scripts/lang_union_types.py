# PEP 604 unions: int | None in annotations, isinstance and issubclass.
def scale(x: int | float, factor: float | None = None) -> list[int] | None:
    return None


print(scale.__annotations__)
print(int | None, None | int, int | str | None, int | int, (int | str) | (str | float), list[int] | dict[str, int] | None)
print(type(int | None).__name__, (int | None) == (None | int), (int | str) == (str | int), (int | str) == (int | float))
print((int | None).__args__, len({(int | str): 1, (str | int): 2}))
for value in (1, 2.5, "s", None, [1], True):
    print(repr(value), isinstance(value, int | float), isinstance(value, str | None), isinstance(value, (list, int | str)))
print(issubclass(bool, int | str), issubclass(float, int | str))
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print("TypeError:", e)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
try:
    "a" | int
except TypeError as e:
    print("TypeError:", e)
