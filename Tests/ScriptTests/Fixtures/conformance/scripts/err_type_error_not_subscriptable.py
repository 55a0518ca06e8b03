# TypeError: indexing a number
value = 42
print(value[0])
