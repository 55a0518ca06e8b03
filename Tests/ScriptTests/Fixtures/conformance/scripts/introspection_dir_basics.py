import math
class A:
    """Doc."""
    x = 1
    def f(self): pass
    @property
    def p(self): return 1

class B(A):
    y = 2

a = B()
a.z = 3
print(dir(a))
print(dir(B))
print(dir(A))
print([n for n in dir(math) if not n.startswith("_")][:10])
print(dir(math)[:6])
def g(q, r=1):
    s = 2
    print(dir())
g(1)
print(dir())
print(dir(1)[:5], len(dir(1)), len(dir("")), len(dir([])), len(dir({})), len(dir(1.0)), len(dir(())))
print(dir([]))
print(dir(object()))
print(dir(None))
print(A.__dict__.keys())
print(B.__dict__)
print(type(A.__dict__).__name__)
class E(Exception): pass
print(E.__dict__)
