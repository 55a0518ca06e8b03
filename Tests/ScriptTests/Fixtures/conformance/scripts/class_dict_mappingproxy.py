class A:
    """Doc."""
    x = 1
    def f(self): pass
    @property
    def p(self): return 1

class B(A):
    y = 2

print(list(A.__dict__))
print(B.__dict__)
print(repr(B.__dict__))
print(type(A.__dict__).__name__, A.__doc__, B.__doc__)
class E(Exception): pass
print(E.__dict__)
print(repr(E.__dict__))
class C:
    def __eq__(s, o): return True
    x = 1
print(list(C.__dict__), C.__dict__["x"], C.__dict__["__hash__"], repr(C.__dict__["__dict__"]))
class D:
    y = 1
D.z = 2
del D.y
D.y = 3
m = D.__dict__
print(list(m), m["z"], len(m), "z" in m, list(m.items())[:2], m.get("q", 5), type(m))
D.w = 4
print(list(m.keys()), vars(D)["w"], vars(D) == D.__dict__.copy())
class F(float): pass
class I(int): pass
class L(list): pass
print(list(F.__dict__), list(I.__dict__), list(L.__dict__))
try:
    m["q"] = 1
except TypeError as e:
    print(e)
try:
    del m["z"]
except TypeError as e:
    print(e)
try:
    m["nope"]
except KeyError as e:
    print(repr(e))
for k in m:
    print(k, end=" ")
print()
class G:
    for i in range(2):
        pass
    del i
    def g(self): pass
    g2 = g
print(list(G.__dict__))
print(G.__dict__["__module__"], G.__dict__["__doc__"])
print(repr(D.__dict__))
D.__dict__["y"] = 5
