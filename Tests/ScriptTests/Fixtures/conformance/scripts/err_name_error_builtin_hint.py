# a misspelled builtin gets a hint too
values = [3, 1, 2]
print(sorted(values))
print(lenn(values))
