# Subclassing property, and functools.cached_property.
import functools


class typed_property(property):
    def __init__(self, fget, fset=None, fdel=None, doc=None, kind=int):
        super().__init__(fget, fset, fdel, doc)
        self.kind = kind

    def __get__(self, obj, objtype=None):
        value = super().__get__(obj, objtype)
        if obj is None:
            return value
        return self.kind(value)


class Reading:
    def __init__(self):
        self._raw = "7"

    @typed_property
    def value(self):
        return self._raw


r = Reading()
print(r.value, type(r.value).__name__, type(Reading.value).__name__, isinstance(Reading.value, property))
print(Reading.value.kind, Reading.value.fget.__name__, Reading.value.fset)
try:
    r.value = 3
except AttributeError as e:
    print("AttributeError:", e)


class logged_property(property):
    def __set__(self, obj, value):
        print("setting", self.fget.__name__, "to", value)
        super().__set__(obj, value)


class Account:
    def __init__(self):
        self._balance = 0

    @logged_property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        self._balance = value


acct = Account()
acct.balance = 10
print(acct.balance, type(Account.balance).__name__)


class Model:
    def __init__(self, sizes):
        self.sizes = sizes
        self.computed = 0

    @functools.cached_property
    def total(self):
        """The total size."""
        self.computed += 1
        print("computing total")
        return sum(self.sizes)


m = Model([1, 2, 3])
print(m.total, m.total, m.computed)
print("total" in vars(m), type(Model.total).__name__, Model.total.attrname, Model.total.__doc__)
del m.total
m.sizes.append(4)
print(m.total, m.computed)
m.total = 100
print(m.total)


class Slotted:
    __slots__ = ("x",)

    @functools.cached_property
    def doubled(self):
        return 2


try:
    Slotted().doubled
except TypeError as e:
    print("TypeError:", e)
