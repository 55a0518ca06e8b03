# functions read globals and mutate global containers
scale = 2.0
log = []

def apply(x):
    log.append(x)
    return x * scale

print(apply(3), apply(4.5))
print(log)
scale = 10
print(apply(1))

def shadow():
    scale = "local"
    return scale

print(shadow(), scale)

def uses_later():
    return defined_later * 2

defined_later = 21
print(uses_later())
