# error inside a list comprehension
data = {"a": 1, "b": 2}
keys = ["a", "b", "c"]
print([data[k] for k in keys])
