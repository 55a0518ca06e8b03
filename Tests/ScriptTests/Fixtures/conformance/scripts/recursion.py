# recursive functions
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print([factorial(n) for n in range(10)])
print(factorial(20))
print([fib(n) for n in range(15)])

def flatten(items):
    out = []
    for item in items:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

print(flatten([1, [2, [3, [4, []]], 5]]))

def power(base, exp):
    if exp == 0:
        return 1.0
    half = power(base, exp // 2)
    return half * half * (base if exp % 2 else 1.0)

print(power(2, 10), power(1.5, 7))
