# AttributeError on a str
name = "sgd"
print(name.upper())
print(name.uppercase())
