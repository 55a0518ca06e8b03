import warnings


def deprecated(name):
    warnings.warn(f"{name} is deprecated", DeprecationWarning, stacklevel=2)


def old_mean(xs):
    deprecated("old_mean")
    return sum(xs) / len(xs)


def check_shape(n, level):
    warnings.warn("level %d" % level, stacklevel=level)


def layer(n, level):
    check_shape(n, level)


for level in [1, 2, 3, 4, 5]:
    layer(3, level)

print(old_mean([1, 2, 3]))


class Config:
    warnings.warn("configured in class body", stacklevel=2)


def squares(n):
    return [warnings.warn("in comprehension", stacklevel=2) or i * i for i in range(n)]


print(squares(2))


def cubes():
    return [warnings.warn("two up from comprehension", stacklevel=3) for i in range(1)]


cubes()
list(map(lambda x: warnings.warn("lambda via map", stacklevel=2), [1]))


def gen():
    warnings.warn("generator body", stacklevel=2)
    yield 1


for x in gen():
    pass
print(sum(warnings.warn("genexp", stacklevel=2) or 1 for i in range(3)))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    layer(1, 2)
    layer(1, 3)
    layer(1, 9)
    old_mean([4])
for m in w:
    print(m.filename.split("/")[-1], m.lineno, m.category.__name__, m.message)

warnings.warn("zero", stacklevel=0)
warnings.warn("negative", stacklevel=-3)
warnings.warn("module level two up", stacklevel=2)
try:
    warnings.warn("bad", stacklevel="2")
except TypeError as e:
    print("TypeError:", e)

warnings.simplefilter("error")
try:
    layer(0, 2)
except UserWarning as e:
    print("raised:", e)
layer(0, 3)
