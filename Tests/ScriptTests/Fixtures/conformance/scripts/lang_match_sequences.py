# match: sequence patterns with fixed length and *rest, over lists, tuples, ranges and deques;
# str is not a sequence to a pattern.
from collections import deque


def shape(x):
    match x:
        case []:
            return "empty"
        case [only]:
            return f"one: {only}"
        case [first, second]:
            return f"two: {first}, {second}"
        case (first, *middle, last):
            return f"many: {first} {middle} {last}"
        case _:
            return "not a sequence"


for v in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4, 5), range(4), deque([7, 8]), "ab", "abc", {1: 2}, 5, {1, 2}]:
    print(repr(v), "->", shape(v))


def command(words):
    match words:
        case ["go", direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["take", *_]:
            return "take what?"
        case ["quit" | "exit"]:
            return "bye"
        case [_, _, *_]:
            return "too long"
        case _:
            return "unknown"


for line in ["go north", "take sword shield", "take", "quit", "exit", "a b c", "look"]:
    print(line, "->", command(line.split()))

# Nested sequences, star in the middle and at the start, star binds a list even for tuples.
match (1, (2, 3), [4, 5, 6]):
    case (a, (b, c), [*rest, z]):
        print(a, b, c, rest, z, type(rest).__name__)
match (1, 2, 3):
    case (*init, last):
        print(init, last)
match [1, 2]:
    case [1, 2, *tail]:
        print("tail", tail)


class Stack(list):
    pass


match Stack([1, 2, 3]):
    case [x, *xs]:
        print("list subclass", x, xs)
match "hello":
    case [*chars]:
        print("chars", chars)
    case str(s):
        print("a str", s)
