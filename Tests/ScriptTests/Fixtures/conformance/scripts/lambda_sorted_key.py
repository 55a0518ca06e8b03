# lambda with sorted, min, max and key=
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
points = [(1, 5), (3, 2), (2, 8), (3, 1)]
print(sorted(points), sorted(points, key=lambda p: p[1]))
print(min(points, key=lambda p: p[1]), max(points, key=lambda p: p[0]))
print(max(words, key=len), min(words, key=len))
runs = [{"name": "sgd", "loss": 0.5}, {"name": "adam", "loss": 0.1}, {"name": "rms", "loss": 0.1}]
best = min(runs, key=lambda r: r["loss"])
print(best["name"])
print([r["name"] for r in sorted(runs, key=lambda r: r["loss"])])
square = lambda x: x ** 2
print(square(4), (lambda a, b=2: a * b)(3))
print(list(map(lambda x: x + 1, [1, 2])), sorted([3, 1, 2], reverse=True))
print(max([1, 5, 3]), max(2, 9), min(4.5, 2), max("abc"), min([[2], [1, 5]]))
