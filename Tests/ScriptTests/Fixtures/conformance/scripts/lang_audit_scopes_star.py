# Starred assignment and calls, global/nonlocal/del, as helper code uses them.
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
a, *mid, z = range(6)
(p, q), *others = [(1, 2), (3, 4), (5, 6)]
head, *_ = [9]
print(first, rest, init, last, a, mid, z, p, q, others, head, _)
x, y = y, x = 1, 2
print(x, y)
for i, (name, *dims) in enumerate([("w", 3, 4), ("b", 4)]):
    print(i, name, dims)
[m, n] = 7, 8
print(m, n, [*range(3), *"ab"], (*[1, 2],), {*"aab"}, {**{"a": 1}, "b": 2, **{"a": 3}})


def shape_str(*dims, sep="x"):
    return sep.join(str(d) for d in dims)


shape = (2, 3, 4)
opts = {"sep": " by "}
print(shape_str(*shape), shape_str(*shape, **opts), shape_str(1, *shape[1:], 5), shape_str(*[], *[7]))
print(max(*[3, 8, 1]), print(*"abc", sep="-"), dict(**{"k": 1}, j=2))
for bad in ["a, b = [1, 2, 3]", "a, b, c = [1, 2]", "a, *b, c = [1]", "a, b = 5", "x, = []", "f(**{'k': 1}, k=2)", "f(**[1])", "f(*5)"]:
    try:
        exec_env = {"f": lambda **kw: kw}
        if bad.startswith("f("):
            fn = exec_env["f"]
            if bad == "f(**{'k': 1}, k=2)":
                fn(**{"k": 1}, k=2)
            elif bad == "f(**[1])":
                fn(**[1])
            else:
                fn(*5)
        elif bad == "a, b = [1, 2, 3]":
            a, b = [1, 2, 3]
        elif bad == "a, b, c = [1, 2]":
            a, b, c = [1, 2]
        elif bad == "a, *b, c = [1]":
            a, *b, c = [1]
        elif bad == "a, b = 5":
            a, b = 5
        else:
            x, = []
    except (ValueError, TypeError) as err:
        print(bad, "->", type(err).__name__, err)

counter = 0
registry = {}


def register(name):
    global counter
    counter += 1
    registry[name] = counter
    return counter


register("linear")
register("relu")
print(counter, registry)


def make_accumulator():
    total = 0
    history = []

    def add(v):
        nonlocal total
        total += v
        history.append(total)
        return total

    def reset():
        nonlocal total
        total = 0

    return add, reset, history


add, reset, hist = make_accumulator()
add(3)
add(4)
reset()
add(10)
print(hist)


def outer():
    level = "outer"

    def middle():
        def inner():
            nonlocal level
            level = "inner"
        inner()
        return level
    return middle(), level


print(outer())


def uses_global_later():
    return undefined_yet


undefined_yet = "defined later"
print(uses_global_later())

items = list(range(8))
del items[0]
del items[::3]
del items[-1]
print(items)
cfg = {"a": 1, "b": 2, "c": 3}
del cfg["b"]
print(cfg)


class Box:
    pass


box = Box()
box.value = 5
box.other = 6
del box.value
print(vars(box), hasattr(box, "value"))
tmp = 1
del tmp
try:
    print(tmp)
except NameError as err:
    print("NameError:", err)
try:
    del cfg["zz"]
except KeyError as err:
    print("KeyError:", err)
try:
    del box.missing
except AttributeError as err:
    print("AttributeError:", err)


def local_del():
    v = 1
    del v
    return v


try:
    local_del()
except UnboundLocalError as err:
    print("UnboundLocalError:", err)


def shadow():
    print(counter)
    counter = 5


try:
    shadow()
except UnboundLocalError as err:
    print("UnboundLocalError:", err)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
i = 10
squares = [i * i for i in range(3)]
print(i, squares)
del squares[:]
print(squares)
del undefined_name_here
