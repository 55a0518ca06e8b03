data = [1, 2, 3]
for x in data:
    print(x)
yield data
