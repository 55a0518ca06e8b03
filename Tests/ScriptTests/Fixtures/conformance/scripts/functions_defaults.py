# default arguments and keyword calls
def describe(name, lr=0.1, momentum=0.0, nesterov=False):
    return f"{name}(lr={lr}, momentum={momentum}, nesterov={nesterov})"

print(describe("SGD"))
print(describe("SGD", 0.5))
print(describe("SGD", momentum=0.9))
print(describe(name="SGD", nesterov=True, lr=0.01))

def append_to(value, target=None):
    if target is None:
        target = []
    target.append(value)
    return target

print(append_to(1), append_to(2))

def shared(value, target=[]):
    target.append(value)
    return target

print(shared(1), shared(2))

def no_return():
    x = 1

print(no_return())

def early(n):
    if n < 0:
        return "negative"
    return "non-negative"

print(early(-1), early(3))
