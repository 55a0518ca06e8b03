# reversed(list) reads the live list from the end by index (CPython's list_reverseiterator):
# items changed before they are reached show their new value, a list that shrinks below the
# index ends the iteration, appending does not add items.
xs = [1, 2, 3, 4, 5]
r = reversed(xs)
print(type(r).__name__, next(r))
xs[0] = 100
xs.append(6)
print(list(r))

ys = [1, 2, 3, 4, 5]
out = []
for y in reversed(ys):
    out.append(y)
    if y == 4:
        ys.pop()
        ys.pop()
        ys.pop()
print(out, ys)

zs = [10, 20, 30]
r = reversed(zs)
zs.clear()
print(list(r), list(r))

order = []
for v in reversed([3, 1, 2]):
    order.append(v * 2)
print(order, list(reversed([])), sum(reversed([1.5, 2.5])))
r = reversed([1, 2])
print(next(r), next(r), next(r, "done"))
try:
    next(r)
except StopIteration:
    print("StopIteration")
