# list comprehensions and conditional expressions
xs = list(range(10))
print([x * x for x in xs])
print([x for x in xs if x % 2 == 0])
print([x if x % 2 == 0 else -x for x in xs])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])
print([c.upper() for c in "abc"])
print([w for w in ["a", "bb", "ccc"] if len(w) > 1])
print([k + "=" + str(v) for k, v in {"a": 1, "b": 2}.items()])
print(sum([x / 10 for x in xs]))
print([round(0.1 * i, 2) for i in range(5)])
x = 100
ys = [x for x in range(3)]
print(x, ys)
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
