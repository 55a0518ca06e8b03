def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args[1:], kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper

def repeat(n):
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return decorate

def register(cls):
    registry.append(cls.__name__)
    return cls

registry = []

@register
class Account:
    interest = 0.02
    created = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account.created += 1

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @balance.deleter
    def balance(self):
        print("closing", self.owner)
        self._balance = 0

    @property
    def rich(self):
        return self._balance > 1000

    @trace
    def deposit(self, amount, note=""):
        self.balance = self.balance + amount
        return self.balance

    @staticmethod
    def rate_for(years):
        return round((1 + Account.interest) ** years, 4)

    @classmethod
    def empty(cls, owner):
        return cls(owner)

    @repeat(3)
    def ping(self):
        return self.owner[0]

a = Account("ada", 100)
print(a.balance, a.rich, registry)
a.deposit(50)
a.deposit(2000, note="bonus")
print(a.balance, a.rich)
try:
    a.balance = -5
except ValueError as e:
    print("ValueError:", e)
try:
    a.rich = True
except AttributeError as e:
    print("AttributeError:", e)
del a.balance
print(a.balance)
print(Account.rate_for(10), a.rate_for(1), Account.empty("bob").owner, type(Account.empty("c")).__name__)
print(a.ping(), Account.created)
print(type(Account.balance).__name__, Account.balance.fget.__name__)
print(isinstance(Account.__dict__["rate_for"], staticmethod), isinstance(Account.__dict__["empty"], classmethod))

class Celsius:
    def __init__(self, c=0.0):
        self.c = c
    def get_f(self):
        return self.c * 9 / 5 + 32
    def set_f(self, f):
        self.c = (f - 32) * 5 / 9
    f = property(get_f, set_f)
t = Celsius(100)
print(t.f)
t.f = 32
print(t.c)

class Lazy:
    def __init__(self):
        self.calls = 0
    def __getattr__(self, name):
        self.calls += 1
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
z = Lazy()
print(z.xyz, z.calls, getattr(z, "xa"), hasattr(z, "nope"), z.calls)

def counter(fn):
    calls = 0
    def wrapped(*args):
        nonlocal calls
        calls += 1
        print(f"{fn.__name__} call #{calls}")
        return fn(*args)
    return wrapped

@counter
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4))

class Meta:
    @property
    def name(self):
        return type(self).__name__.lower()
class Sub(Meta):
    pass
print(Sub().name, Meta().name)
b = Account("zed")
print(b.balance, Account.created, vars(b))
