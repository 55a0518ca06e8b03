# sys: the interpreter facts course code prints and checks.
import sys

print(sys.version)
print(sys.version.split()[0])
print(sys.version_info)
print(type(sys.version_info).__name__, sys.version_info.major, sys.version_info.minor, sys.version_info.micro)
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.version_info < (3, 12), sys.version_info[0] == 3)
print(tuple(sys.version_info), len(sys.version_info), sys.version_info.releaselevel)
major, minor, *_ = sys.version_info
print(f"Python {major}.{minor}")
print(sys.hexversion, hex(sys.hexversion))
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxsize + 1)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.min, sys.float_info.dig, sys.float_info.mant_dig)
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
print(sys.float_info.max * 2, -sys.float_info.max * 2)
print(sys.int_info)
print(sys.platform, sys.byteorder, sys.maxunicode)
print(sys.argv, len(sys.argv), sys.argv[0].endswith(".py"))
print(sys.get_int_max_str_digits())
print(sys.getsizeof(None), sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**100), sys.getsizeof(True))
print(sys.getsizeof(1.5), sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("é"), sys.getsizeof("€uro"))
print(sys.getsizeof(()), sys.getsizeof((1, 2, 3)), sys.getsizeof(range(10)), sys.getsizeof(object()))


class Plain:
    def __init__(self):
        self.x = 1


class Slotted:
    __slots__ = ("a", "b")


print(sys.getsizeof(Plain()), sys.getsizeof(Slotted()), Slotted().__sizeof__())
print(sys.getsizeof([1, 2], -1) if False else sys.getsizeof(7, -1))
print(repr(sys.stdout), repr(sys.stderr))
print(type(sys.stdout).__name__, sys.stdout.name, sys.stderr.name, sys.stdout.mode, sys.stdout.encoding)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdout.writable(), sys.stdout.readable())
from sys import maxsize, version_info as vi
print(maxsize, vi.major)
print(sys.exit, sys.getrecursionlimit, sys.getsizeof)
