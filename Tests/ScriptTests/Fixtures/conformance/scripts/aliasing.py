# names refer to objects: aliasing and copies
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a == b)
c = a[:]
c.append(5)
print(a, c)
rows = [[0] * 3 for _ in range(2)]
rows[0][0] = 1
print(rows)
shared = [[0] * 3] * 2
shared[0][0] = 1
print(shared)
def mutate(items):
    items.append("added")
    items = ["replaced"]
    return items
original = ["x"]
print(mutate(original), original)
d1 = {"k": [1]}
d2 = dict(d1)
d2["k"].append(2)
d2["j"] = 0
print(d1, d2)
