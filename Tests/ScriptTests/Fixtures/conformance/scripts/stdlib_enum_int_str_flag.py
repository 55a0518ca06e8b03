# enum: IntEnum (members are ints), StrEnum (members are strs, auto() lowercases the name),
# Flag and IntFlag (bitwise combinations, membership, iteration over a combination).
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = auto()
    HIGH = auto()


print(repr(Priority.HIGH), str(Priority.HIGH), f"{Priority.HIGH}", Priority.HIGH + 1, Priority.LOW < Priority.HIGH)
print(Priority(2), Priority.MEDIUM == 2, sorted([Priority.HIGH, Priority.LOW, 2]), isinstance(Priority.LOW, int))
print(max(Priority), [p * 10 for p in Priority], hash(Priority.LOW) == hash(1), {1: "one"}[Priority.LOW])
print(f"{Priority.HIGH:>5}|{Priority.LOW:03d}", list(range(Priority.HIGH)))


class Mode(StrEnum):
    READ = auto()
    WRITE = auto()
    APPEND = "a+"


print(repr(Mode.READ), str(Mode.READ), f"{Mode.APPEND}", Mode.READ == "read", Mode.WRITE.upper(), "mode=" + Mode.READ)
print(list(Mode), Mode("a+"), Mode.READ.value, isinstance(Mode.READ, str))


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), list(rw), Perm.R in rw, Perm.X in rw, len(rw), bool(rw))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), repr(~Perm.R), repr(rw & Perm.W), repr(rw ^ Perm.R))
print(repr(Perm(7)), Perm(6) is rw, list(Perm))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print([c.value for c in Color], repr(Color.RED | Color.BLUE))


class Access(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4


rwx = Access.READ | Access.WRITE | Access.EXEC
print(repr(rwx), str(rwx), rwx == 7, Access.READ | 2, repr(Access.READ | Access.WRITE), rwx & Access.WRITE)
print(repr(Access(0)), Access.WRITE in rwx, int(rwx), f"{rwx}")
