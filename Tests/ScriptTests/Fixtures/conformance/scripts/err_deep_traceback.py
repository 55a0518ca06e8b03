# a traceback through several frames and a lambda
def level3(values):
    return values[len(values)]

def level2(values):
    return level3(values) * 2

def level1():
    data = [1, 2, 3]
    return level2(data)

transform = lambda: level1()
print("start")
print(transform())
