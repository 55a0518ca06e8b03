# Looking up a value no member has: CPython's ValueError, raised inside enum.
from enum import Enum


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2


print(Weekday(1))
day = Weekday(9)
