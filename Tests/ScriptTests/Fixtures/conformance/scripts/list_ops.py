# list operations and builtins
xs = [4, 1, 3, 2]
print(len(xs), min(xs), max(xs), sum(xs), sum(xs, 10))
print(sorted(xs), sorted(xs, reverse=True), xs)
print(list(reversed(xs)), xs[::-1])
print(3 in xs, 7 in xs, 7 not in xs)
print(xs + [5], xs * 2)
print(list(enumerate(["a", "b"])), list(enumerate("xy", start=1)))
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2], [3, 4], [5, 6])))
print(any([0, 0, 1]), all([1, 1, 0]), any([]), all([]))
print(list(map(str, [1, 2, 3])), list(map(lambda v: v * v, xs)))
total = 0
for v in xs:
    total += v
print(total, sum([0.1, 0.2, 0.3]), sum([]))
matrix = [[1, 2], [3, 4], [5, 6]]
print([row[0] for row in matrix], sum([sum(r) for r in matrix]))
