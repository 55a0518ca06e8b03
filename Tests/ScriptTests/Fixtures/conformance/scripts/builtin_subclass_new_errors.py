class Stack(list):
    def peek(self):
        return self[-1]

class Celsius(float):
    pass

class Name(str):
    pass

def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: Stack().pop())
attempt(lambda: Stack().peek())
attempt(lambda: Celsius("hot"))
attempt(lambda: Celsius(1, 2))
attempt(lambda: Celsius(1) + "a")
attempt(lambda: "a" + Celsius(1))
attempt(lambda: Stack() + "a")
attempt(lambda: Name("a") + 1)
attempt(lambda: Celsius(1) < "a")
attempt(lambda: Stack([1]).missing)
attempt(lambda: Stack([1]).apend)
attempt(lambda: {Stack(): 1})
attempt(lambda: Name("x")[5])
attempt(lambda: int.__add__(Celsius(1), 2))
attempt(lambda: list.__len__(3))
attempt(lambda: Celsius.__new__(Stack, 1))
attempt(lambda: Celsius.__new__(3))
attempt(lambda: object.__new__(Celsius))
c = Celsius(2.5)
print(Celsius.__add__(c, 1), float.__repr__(c), Celsius.__name__, Celsius.__mro__, Name.__base__)

class Plain:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x):
        print("init", x)
        self.x = x

p = Plain(3)
print(p.x)

class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

print(Singleton() is Singleton())

class NotMine:
    def __new__(cls, v):
        return v * 2
    def __init__(self, v):
        print("never")
print(NotMine(21))

class NoInit:
    pass
attempt(lambda: NoInit(1))
attempt(lambda: object.__new__(NoInit, 1))

class WithInit:
    def __init__(self, a):
        super().__init__(a)
attempt(lambda: WithInit(1))
s = Stack([3])
s.peek2()
