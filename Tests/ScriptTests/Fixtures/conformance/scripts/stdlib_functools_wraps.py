# functools.wraps copies __name__, __qualname__, __doc__, __module__, __dict__ and sets __wrapped__
import functools

def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """Wrapper doc."""
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@timed
def add(a, b):
    """Add two numbers."""
    return a + b

print(add(2, 3), add(4, 5), add.calls)
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__wrapped__.__name__, add.__wrapped__(1, 1), add.calls)
print(repr(add).startswith("<function add at 0x"))

def plain(func):
    def inner(*args):
        return func(*args)
    return inner

@plain
def mul(a, b):
    "Multiply."
    return a * b
print(mul.__name__, mul.__qualname__, mul.__doc__, hasattr(mul, "__wrapped__"))

def no_doc():
    pass
print(no_doc.__doc__, no_doc.__dict__)
no_doc.tag = "x"
no_doc.count = 3
print(no_doc.__dict__, no_doc.tag, getattr(no_doc, "count"), hasattr(no_doc, "missing"))

class Memo:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.func(n)
        return self.cache[n]

@Memo
def fib(n):
    """Fibonacci."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.__name__, fib.__doc__, fib.__wrapped__.__name__)

def named(label):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args):
            print("calling", label, wrapper.__name__)
            return func(*args)
        return wrapper
    return deco

@named("first")
def greet(who):
    return "hi " + who
print(greet("ada"))
greet.__name__ = "renamed"
print(greet.__name__, greet.__qualname__)
try:
    greet.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
lam = lambda x: x
print(lam.__name__, lam.__doc__)
