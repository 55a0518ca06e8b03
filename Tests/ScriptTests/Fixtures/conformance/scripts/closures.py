# closures capture variables, not values
def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(triple(1)))

def make_counter():
    count = [0]
    def increment():
        count[0] += 1
        return count[0]
    return increment

counter = make_counter()
counter()
counter()
print(counter())
other = make_counter()
print(other(), counter())

fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fixed = [lambda i=i: i for i in range(3)]
print([f() for f in fixed])

def outer():
    value = "outer"
    def inner():
        return value.upper()
    value = "changed"
    return inner()

print(outer())

def compose(f, g):
    return lambda x: f(g(x))

inc_then_double = compose(double, lambda x: x + 1)
print(inc_then_double(4))
