# NameError without a close match
x = 1
print(x)
print(undefined_thing + x)
