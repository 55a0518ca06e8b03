# list indexing and slicing
xs = list(range(10))
print(xs[0], xs[-1], xs[-2])
print(xs[1:], xs[:-1], xs[2:5], xs[::3], xs[::-1], xs[-3:])
print(xs[7:3:-1], xs[100:], xs[:100] == xs)
ys = xs[:]
ys[0] = 100
print(xs[0], ys[0])
nested = [[1, 2, 3], [4, 5, 6]]
print(nested[1][2], nested[0][:2], nested[-1][-1])
nested[0][1] = "x"
print(nested)
first, second = [1, 2]
print(first, second)
