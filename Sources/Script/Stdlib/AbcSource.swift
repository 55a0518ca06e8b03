/// The Python source of `abc`'s `ABCMeta` (abstract names, `register`, virtual subclasses in
/// `isinstance`/`issubclass`) and `ABC`, after CPython 3.11's `_py_abc.py`, run as part of the
/// module's body (see `AbcModule`).
enum AbcSource {
    static let text = #"""
class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""
    __module__ = 'abc'
    __qualname__ = 'ABCMeta'

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = frozenset(_abstract_names(cls))
        cls._abc_registry = []
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        return False


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using\ninheritance.\n"""
    __module__ = 'abc'
    __qualname__ = 'ABC'
    __slots__ = ()
"""#
}
