# The iteration builtins over generators and generator expressions, as data-pipeline code
# uses them: sum over a genexpr (ints past 2**63, floats, mixed, bools, start values),
# zip/enumerate pairs, nested comprehensions, sorted/min/max with a key, dict.items().
MAXSIZE = 2 ** 63 - 1

xs = [3, -1, 4, 1, -5, 9, 2, 6]
print(sum(x * x for x in xs), sum(x for x in xs if x > 0), sum(x for x in []))
print(sum(2 ** 62 for _ in range(5)), sum(-(2 ** 62) for _ in range(5)))
print(sum(x / 2 for x in xs), sum(x for x in [1, 2.5, 3]), sum([0.1] * 10))
print(sum(x > 0 for x in xs), sum((True, True, 1.5)), sum([True, False, True]))
print(sum((x for x in xs), 100), sum((x for x in xs), 0.5), sum(([x] for x in xs[:3]), []))
print(sum(x for x in (MAXSIZE, 1, -1)), sum(x for x in (MAXSIZE, 1.0)))
print(sum(x for x in (1.0, float("inf"), float("-inf"))))
try:
    sum(x for x in [1, "a"])
except TypeError as e:
    print("TypeError", e)


def gen(n):
    for i in range(n):
        yield i * 0.5


print(sum(gen(7)), sum(w * x for w, x in zip(gen(4), xs)))
pairs = list(zip(xs, gen(5)))
print(pairs, type(pairs[0]).__name__)
print(list(enumerate(gen(3), 10)), list(enumerate("ab", -1)))
for i, (a, b) in enumerate(zip("xyz", range(100))):
    print(i, a, b, end="; ")
print()
rows = [[i * j for j in range(4)] for i in range(3)]
print(rows, [x for row in rows for x in row if x % 2 == 0])
print({k: v for k, v in zip("abc", gen(3))}, {x % 3 for x in xs})
counts = {}
for tok in "the cat sat on the mat the end".split():
    counts[tok] = counts.get(tok, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(ranked)
print(max(counts.items(), key=lambda kv: kv[1]), min(xs, key=abs), max(gen(4)))
print(sorted(gen(4), reverse=True), sorted((x % 4, -x) for x in xs))
print(list(map(lambda a, b: a - b, xs, gen(10))), list(filter(None, (x % 3 for x in xs))))
g = (x * x for x in xs)
print(next(g), sum(g), sum(g))
batches = [xs[i:i + 3] for i in range(0, len(xs), 3)]
print(batches, [sum(b) / len(b) for b in batches])
print(any(x > 8 for x in xs), all(x > -6 for x in xs), any(gen(0)))
total = 0
for step, (xb, yb) in enumerate(zip(batches, reversed(batches))):
    total += sum(a * b for a, b in zip(xb, yb))
print("total", total)
try:
    sum(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(sum(1 // (x - 3) for x in xs))
