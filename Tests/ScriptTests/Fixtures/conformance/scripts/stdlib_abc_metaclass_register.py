# abc: ABCMeta as a metaclass, register() and virtual subclasses in isinstance/issubclass.
from abc import ABC, ABCMeta, abstractmethod


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


print(type(Shape), type(ABC), type(Square), Square(3).describe())
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__, ABC.__abstractmethods__)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Sized(ABC):
    @abstractmethod
    def __len__(self):
        ...


Sized.register(list)
Sized.register(str)
print(isinstance([], Sized), isinstance("", Sized), issubclass(list, Sized), isinstance((), Sized), issubclass(tuple, Sized))


@Shape.register
class Circle:
    def area(self):
        return 3


print(isinstance(Circle(), Shape), issubclass(Circle, Shape), Circle.__mro__, Circle().area())
print(isinstance(Square(1), Shape), issubclass(Square, Shape), issubclass(int, Shape), isinstance(1, Shape))
print(Shape.register(Square) is Square, issubclass(bool, ABC), isinstance(Square(2), ABC))


class Plugin(ABC):
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)

    @property
    @abstractmethod
    def name(self):
        ...


class Echo(Plugin):
    @property
    def name(self):
        return "echo"


print(Plugin.registry, Echo().name, sorted(Plugin.__abstractmethods__))
try:
    Sized.register(5)
except TypeError as e:
    print("TypeError:", e)
