# zip, enumerate, map, filter and reversed are types; zip(strict=True); iterator type names.
for x in (zip([], []), enumerate([]), map(abs, []), filter(None, []), reversed([1]), reversed(range(3)), reversed({1: 2}), iter([]), iter(()), iter(""), iter(range(2)), iter({}), iter(set())):
    print(type(x), type(x).__name__)
print(isinstance(zip([], []), zip), isinstance(enumerate([]), enumerate), isinstance(map(abs, []), map), isinstance(filter(None, []), filter), isinstance(reversed([]), reversed))
print(zip, enumerate, map, filter, reversed)
print(issubclass(zip, object), zip.__name__)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [3], [5, 6], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1, 2], [3], [5, 6], strict=True))
except ValueError as e:
    print(e)
print(list(zip([1, 2], [3, 4], strict=True)))
E = enumerate
e = E(["a", "b"], 1)
print(type(e).__name__, list(e))
z = zip([1], [2])
print(iter(z) is z, next(z))
m = map(lambda a, b: a + b, [1, 2], [3, 4])
print(next(m), list(m))
print(repr(zip([], []))[:12], repr(enumerate([]))[:18])
print(list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed((1, 2))), "".join(reversed("abc")))
print(list(enumerate("ab", start=5)), list(filter(lambda v: v % 2, range(7))), list(map(str, [1, 2])))
print(type(zip).__name__, zip.__class__, callable(zip))
print(list(zip(strict=True)), list(zip("ab", "cd", strict=False)))
for bad in (lambda: list(zip("abc", "ab", "abc", strict=True)), lambda: list(zip("ab", "abc", "abc", strict=True)),
            lambda: list(zip("abc", "abc", "abcd", strict=True))):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
