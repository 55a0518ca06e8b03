# augmented assignment
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x /= 4
print(x)
x //= 2
print(x)
x %= 2
print(x)
n = 3
n **= 4
print(n)
s = "ab"
s += "cd"
s *= 2
print(s)
xs = [1]
alias = xs
xs += [2, 3]
print(xs, alias, xs is alias)
d = {"count": 0}
for _ in range(5):
    d["count"] += 2
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)
f = 0.1
for _ in range(9):
    f += 0.1
print(f)
