# sys.getrecursionlimit / setrecursionlimit: the limit Python calls run into.
import sys

print(sys.getrecursionlimit())


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print(depth(0))
sys.setrecursionlimit(60)
print(sys.getrecursionlimit(), depth(0))
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(0))


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(2500) % 1000003)
sys.setrecursionlimit(1000)
try:
    fact(2500)
except RecursionError as e:
    print("RecursionError:", e)


def nested(n):
    if n == 0:
        try:
            sys.setrecursionlimit(5)
        except RecursionError as e:
            print("RecursionError:", e)
        return
    nested(n - 1)


nested(10)
for bad in (0, -5, 2.5, "10", 10**30, 2**40, None):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(True + 100)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
try:
    sys.getrecursionlimit(1)
except TypeError as e:
    print("TypeError:", e)
sys.setrecursionlimit(20)
print(depth(0))


def forever(n):
    return forever(n + 1)


forever(0)
