# truthiness and boolean operators
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], {}, {"a": 1}, None, True, False, ()]
for v in values:
    if v:
        print(repr(v), "is truthy")
    else:
        print(repr(v), "is falsy")
print(0 or "default", 5 or "default", [] or [1], None or 0)
print(1 and 2, 0 and 2, "" and "x", "a" and "b")
print(not 0, not [], not "x", not None)
print(bool(0), bool(3), bool(""), bool("0"), bool([]), bool([[]]))
x = None
print("empty" if not x else "full")
print(1 if [] else 2, 1 if [0] else 2)
