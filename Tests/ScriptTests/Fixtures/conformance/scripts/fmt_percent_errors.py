# printf-style formatting errors, caught and printed
cases = [
    ("%d %d", (1,)),
    ("%d", (1, 2)),
    ("abc", 5),
    ("abc", "x"),
    ("%s %s", "eggs"),
    ("%d", "eggs"),
    ("%x", 1.5),
    ("%o", "8"),
    ("%f", "x"),
    ("%e", None),
    ("%c", "ab"),
    ("%c", 1.5),
    ("%c", -1),
    ("%c", 0x110000),
    ("%(a)s", (1,)),
    ("%(a)s", 5),
    ("%(a", {"a": 1}),
    ("%(b)s", {"a": 1}),
    ("%", ()),
    ("abc %", (1,)),
    ("%.", ()),
    ("%5", (1,)),
    ("%*d", ("a", 1)),
    ("%.*f", (1.5, 1.0)),
    ("%y", 1),
    ("%5%", ()),
    ("%5%", (1,)),
    ("%\u00e9", 1),
    ("%s %s", {"a": 1}),
    ("%(a)s %s", {"a": 1}),
    ("%d", float("nan")),
    ("%d", float("inf")),
    ("%d", [1]),
    ("%i", None),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
