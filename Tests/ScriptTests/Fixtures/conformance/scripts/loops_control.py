# loops, break, continue, range variants
for i in range(10, 0, -3):
    print(i, end=" ")
print()
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 4)), list(range(5, 0)), list(range(-3, 3)))
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
n = 0
while True:
    n += 1
    if n * n > 50:
        break
print("n =", n)
for a in range(3):
    for b in range(3):
        if b > a:
            break
        print(a, b, end="; ")
print()
for idx, ch in enumerate("abc", 1):
    print(idx, ch)
for left, right in zip([1, 2, 3], ["x", "y"]):
    print(left, right)
total = 0
for k in range(1, 101):
    total += k
print(total, len(range(0, 100, 7)))
