# NameError with CPython 3.11's "Did you mean" hint
total = 0
for value in [1, 2, 3]:
    total += value
print("sum computed")
print(totl)
