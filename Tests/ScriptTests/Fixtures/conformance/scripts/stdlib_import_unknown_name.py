import math
print(math.floor(2.5))
from math import floor, sqrt as root, pi
print(floor(3.7), root(16), pi)
from collections import deque, Counter as C
print(C("aab"), deque())
import itertools as its, functools
print(its, functools.reduce(lambda a, b: a + b, [1, 2, 3]))
from math import tangent
