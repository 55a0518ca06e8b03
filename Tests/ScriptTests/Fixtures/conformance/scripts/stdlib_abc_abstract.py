# abc: abstract base classes as course code writes them
from abc import ABC, abstractmethod


class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self):
        """The shape's area."""

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{self.name}: area {self.area():.2f}, perimeter {self.perimeter():.2f}"


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class HalfDone(Shape):
    def area(self):
        return 0.0


print(Square(3).describe(), isinstance(Square(1), Shape), issubclass(Square, ABC))
print(Shape.area.__isabstractmethod__, hasattr(Square.area, "__isabstractmethod__"), Shape.area.__doc__)
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape, HalfDone):
    try:
        cls("x")
    except TypeError as e:
        print("TypeError:", e)


class Base(ABC):
    pass


print(type(Base()).__name__, Base.__abstractmethods__)


class Loss(ABC):
    @abstractmethod
    def __call__(self, pred, target):
        pass

    @staticmethod
    @abstractmethod
    def name():
        pass


class MSE(Loss):
    def __call__(self, pred, target):
        return sum((p - t) ** 2 for p, t in zip(pred, target)) / len(pred)

    @staticmethod
    def name():
        return "mse"


print(MSE()([1.0, 2.0], [1.5, 1.0]), MSE.name(), sorted(Loss.__abstractmethods__))
Loss()
