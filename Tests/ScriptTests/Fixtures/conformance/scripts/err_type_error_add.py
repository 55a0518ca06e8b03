# TypeError: unsupported operand types
count = 3
print(count + "items")
