class Pair:
    def __init__(self, a, b=2, *, scale=1):
        self.a = a * scale
        self.b = b * scale
    def total(self):
        return self.a + self.b

print(Pair(1).total(), Pair(1, 3, scale=2).total())
for call in [lambda: Pair(), lambda: Pair(1, 2, 3), lambda: Pair(1, c=3), lambda: Pair(1).total(5)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

class Returns:
    def __init__(self):
        return 5
try:
    Returns()
except TypeError as e:
    print("TypeError:", e)

class Empty:
    pass
e = Empty()
e.x = 1
e.y = [e.x]
print(e.x, e.y, vars(e), e.__dict__)
print(Empty.__name__, Empty.__qualname__, Empty.__module__)
try:
    Empty(1)
except TypeError as err:
    print("TypeError:", err)
try:
    e.z
except AttributeError as err:
    print("AttributeError:", err)
try:
    Empty.z
except AttributeError as err:
    print("AttributeError:", err)
try:
    del e.z
except AttributeError as err:
    print("AttributeError:", err)
print(getattr(e, "x"), getattr(e, "z", None), hasattr(e, "y"))
setattr(e, "z", 3)
delattr(e, "x")
print(vars(e))
print(Pair.total(Pair(5)))
m = Pair(4).total
print(m(), m.__self__.a, m.__func__.__name__)
Pair(1, 2, 3)
