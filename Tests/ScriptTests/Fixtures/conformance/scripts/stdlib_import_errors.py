import math, random
try:
    from random import notthere
except ImportError as e:
    print(type(e).__name__, e)
try:
    from itertools import notthere
except ImportError as e:
    print(type(e).__name__, e)
print(random)
import collections
print(collections.Counter, collections.deque, collections.namedtuple("A", "x")(1))
from functools import nope
