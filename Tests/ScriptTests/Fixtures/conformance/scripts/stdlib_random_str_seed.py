# random.seed with a str seeds from the string and its SHA-512 digest, as CPython
import random

for seed in ["hello", "", "deep learning", "é😀", "a" * 300]:
    random.seed(seed)
    print(repr(seed[:10]), random.random(), random.randint(1, 100), random.choice("abcdef"))
random.seed("lesson-3")
print([round(random.gauss(0, 1), 6) for _ in range(3)])
r = random.Random("fixed")
print(r.random(), r.sample(range(10), 3))
random.seed("abc", version=1)
print(random.random())
random.seed("", version=1)
print(random.random())
