# ValueError from list.remove and list.index
xs = [1, 2, 3]
xs.remove(2)
print(xs)
print(xs.index(7))
