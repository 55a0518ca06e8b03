import math

def norm(xs):
    return math.sqrt(sum(x * x for x in xs) - 10)

print(norm([3, 4]))
print(norm([1, 1]))
