import collections
import functools
import itertools
import math
import random
import time
import warnings

print("abc" in dir(collections), len(dir(collections)))
for module in [math, random, collections, itertools, functools, time, warnings]:
    names = dir(module)
    print(module.__name__, len(names), names == sorted(names))
    print(" ", names)
print([n for n in dir(random) if not n.startswith("_")])
print([n for n in dir(itertools) if not n.startswith("_")])
print([n for n in dir(functools) if not n.startswith("_")])

random.LEARNING_RATE = 0.1
print("LEARNING_RATE" in dir(random), dir(random)[:3])

import statistics
import typing

print(dir(statistics))
print(dir(typing))
print("abc" in dir(collections), len(dir(collections)))
