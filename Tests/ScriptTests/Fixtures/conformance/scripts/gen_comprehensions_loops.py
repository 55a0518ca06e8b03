words = ["apple", "banana", "cherry", "avocado"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
lengths = {w: len(w) for w in words if len(w) > 5}
print(lengths)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)])
flat = [x for row in matrix for x in row if x % 2 == 0]
print(flat)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
pairs = [(a, b) for a in range(3) for b in range(a)]
print(pairs, {k: v for k, v in pairs})
print(sum(x * x for x in range(10)), max(len(w) for w in words), any(w.startswith("b") for w in words))
print(list(x for x in "abc"), tuple(i for i in range(3)), dict((k, k * 2) for k in range(3)))
inverse = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverse)

def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 7)

n = 0
while n < 3:
    n += 1
else:
    print("while finished", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("never printed")
for _ in []:
    pass
else:
    print("empty for runs else")

it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
it = iter(range(3))
print(list(it), list(it))
it = iter("xy")
for ch in it:
    print(ch, end=" ")
print()
gen = (x * 2 for x in range(3))
print(next(gen), list(gen))
