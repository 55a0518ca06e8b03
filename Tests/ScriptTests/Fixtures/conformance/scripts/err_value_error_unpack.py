# ValueError: too many values to unpack
a, b = [1, 2]
print(a, b)
a, b = [1, 2, 3]
