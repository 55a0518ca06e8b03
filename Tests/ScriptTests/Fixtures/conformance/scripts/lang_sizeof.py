# __sizeof__ where CPython's number follows from the value alone: ints (30-bit digits),
# floats, bools, None, strings (compact ASCII, Latin-1, UCS-2 and UCS-4 storage), tuples,
# ranges and instances of plain classes (with and without __slots__).
for n in [0, 1, -1, 7, 2**30 - 1, 2**30, -2**30, 2**60, 2**64, 10**100, -10**100, True, False]:
    print(n, n.__sizeof__())
for f in [0.0, 1.5, -2.25, float("inf")]:
    print(f, f.__sizeof__())
for s in ["", "a", "abc", "x" * 100, "é", "héllo", "ab€", "😀", "a😀b", "\u00ff" * 3, "\u0100"]:
    print(repr(s), s.__sizeof__())
print(None.__sizeof__(), range(3).__sizeof__(), range(10**30).__sizeof__())
for t in [(), (1,), (1, 2, 3), tuple(range(10)), ("a", (1, 2))]:
    print(t, t.__sizeof__())


class Plain:
    pass


class Child(Plain):
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3


class Slotted:
    __slots__ = ("x", "y")


class Empty:
    __slots__ = ()


print(Plain().__sizeof__(), Child().__sizeof__(), Slotted().__sizeof__(), Empty().__sizeof__(), object().__sizeof__())
word = "naïve"
print(word, word.__sizeof__(), f"{word:>8}|", word.upper().__sizeof__())
print(sum(x.__sizeof__() for x in [1, 2.0, "three", (4,)]))
