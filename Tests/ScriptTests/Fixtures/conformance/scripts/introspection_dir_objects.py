class Stack(list):
    def peek(self):
        return self[-1]

s = Stack()
s.name = "s"
print(dir(s))
print([n for n in dir(Stack) if not n.startswith("__")])

class MyError(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

e = MyError("bad", 3)
print(dir(e))
print(dir(KeyError) == dir(BaseException), dir(StopIteration)[-3:], dir(AttributeError)[-5:])

class Shape:
    sides = 0
    print(dir())
    def area(self):
        return 0

class Square(Shape):
    sides = 4
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

sq = Square(2)
print([n for n in dir(sq) if not n.startswith("_")])
print([n for n in dir(Square) if not n.startswith("_")])
print(hasattr(sq, "area"), "side" in dir(sq), "side" in dir(Square))

class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))

sentinel = object()
print(type(sentinel).__name__, sentinel is not object(), dir(sentinel) == dir(object))
try:
    sentinel.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)

def outer():
    a = 1
    def inner(b):
        c = b
        return dir()
    return inner(2), dir()
print(outer())
print(dir(len)[:3], dir(print) == dir(len), dir(lambda: 0)[-6:], dir(range(3))[-5:], dir(slice(1))[-4:])
print(len(dir(3)), dir(3.5)[-8:], dir(True) == dir(1), dir("")[-10:], dir((1,))[-3:], dir({})[-11:])
print(dir({1}) [-6:], dir(frozenset())[-6:], dir(type)[:4])
