# collections.abc's structural checks look at a class's own class: its metaclass.
import collections.abc
import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2

class Plain:
    pass

class Sized(type):
    def __len__(cls):
        return 3

class Measured(metaclass=Sized):
    pass

for obj in (Color, Plain, Measured, Color.RED, int):
    print(getattr(obj, "__name__", repr(obj)),
          isinstance(obj, collections.abc.Iterable),
          isinstance(obj, collections.abc.Sized),
          isinstance(obj, collections.abc.Container),
          isinstance(obj, collections.abc.Callable))
print(len(Measured), list(Color))
