# generator expressions are lazy: only the first iterable is evaluated up front
def noisy(n, tag):
    print("iter", tag)
    for i in range(n):
        print(" ", tag, "yields", i)
        yield i

g = (print("elt", i) or i * 10 for i in noisy(3, "outer"))
print("created", type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration:
    print("exhausted")

pairs = ((a, b) for a in noisy(2, "A") for b in noisy(2, "B") if a != b)
print("pairs made")
print(list(pairs))

def evens():
    n = 0
    while True:
        yield n
        n += 2
squares = (x * x for x in evens())
print([next(squares) for _ in range(5)])

xs = [1, 2, 3]
g = (x + 100 for x in xs)
xs.append(4)
print(list(g))
y = 5
g = (x * y for x in range(3))
y = 7
print(list(g))
print(sum(x for x in range(100001)))
print(any(x > 3 for x in noisy(10, "any")))
print(all(x < 1 for x in noisy(10, "all")))
print(next((w for w in ["apple", "banana", "cherry"] if w.startswith("b")), None))
print(next((w for w in [] if w), "default"))
print(max(len(w) for w in ["a", "abc", "ab"]), min((x for x in [3, 1, 2])), sorted(x % 3 for x in range(7)))
print(dict((k, v) for k, v in zip("ab", [1, 2])), set(c for c in "hello"), tuple(i for i in range(3)))
print(", ".join(str(i) for i in range(5)))
g = (i for i in range(3))
print(iter(g) is g, "<generator object <genexpr> at" in repr(g))
for v in g:
    print("for", v)
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
gen_of_gens = ((j for j in range(i)) for i in range(4))
print([list(h) for h in gen_of_gens])
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
g = (1 / x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(g))
it = iter([1])
g = (next(it) for _ in range(3))
try:
    print(list(g))
except RuntimeError as e:
    print("RuntimeError:", e)
