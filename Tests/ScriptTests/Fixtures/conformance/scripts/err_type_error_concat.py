# TypeError: str + int
epoch = 5
print("epoch " + epoch)
