# Crash hunt: attribute hooks and descriptors that recurse end in RecursionError; a deep slotted chain frees.
class A:
    def __getattr__(self, n):
        return self.missing
try:
    A().x
except RecursionError as e:
    print("RecursionError", e)
class B:
    def __getattribute__(self, n):
        return getattr(self, n)
try:
    B().x
except RecursionError as e:
    print("RecursionError", e)
class D:
    def __get__(self, obj, owner):
        return obj.x
class C:
    x = D()
try:
    C().x
except RecursionError as e:
    print("RecursionError", e)
class E:
    def __getattr__(self, n):
        if hasattr(self, "_" + n):
            return 1
        return 0
try:
    print(E().x)
except RecursionError as e:
    print("RecursionError", e)
class F:
    def __delattr__(self, n):
        delattr(self, n)
try:
    del F().x
except RecursionError as e:
    print("RecursionError", e)
class G:
    def __setattr__(self, n, v):
        setattr(self, n, v)
try:
    G().x = 1
except RecursionError as e:
    print("RecursionError", e)
class S:
    __slots__ = ("nxt",)
head = None
for i in range(20000):
    s = S(); s.nxt = head; head = s
del head, s
print("freed slots")
class P(property):
    pass
class Q:
    @P
    def v(self): return self.v
try:
    Q().v
except RecursionError as e:
    print("RecursionError", e)
