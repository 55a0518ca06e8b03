# enum: Enum members, their name/value/repr/str, iteration and len, lookups by value and by
# name, aliases, identity comparisons and hashing, auto(), unique, methods and properties.
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(repr(Color), str(Color), type(Color), type(Color.RED))
print(list(Color), len(Color))
print(Color.__members__)
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(f"{Color.GREEN}", format(Color.GREEN), "{}".format(Color.BLUE), f"{Color.RED!r}")
print(Color(2), Color["BLUE"], Color.CRIMSON, Color.CRIMSON is Color.RED, Color(1) is Color.RED)
print(Color.RED in Color, Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(Color, Enum), type(Color.RED) is Color)
print(hash(Color.RED) == hash("RED"), {Color.RED: "r", Color.BLUE: "b"}[Color.RED])
print({c: c.value for c in Color})
print(sorted(Color, key=lambda c: c.value, reverse=True), list(reversed(Color)))
print(Color._member_names_, [name for name in Color.__members__])
for name, member in Color.__members__.items():
    print(name, "->", member)


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = 10
    LINE = auto()


print(list(Shape), [s.value for s in Shape])


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

    def describe(self):
        return f"{self.name.title()} weighs {self.mass:.3e} kg"


for p in Planet:
    print(p, p.value, round(p.surface_gravity, 2), p.describe())


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def parse(cls, text):
        return cls(text.lower())

    def __str__(self):
        return self.value.upper()


print(Status.parse("ACTIVE"), repr(Status.INACTIVE), [str(s) for s in Status])

Animal = Enum("Animal", "CAT DOG BIRD")
print(list(Animal), Animal.DOG.value, Animal(3), repr(Animal))
Level = Enum("Level", ["LOW", "HIGH"])
print(Level.HIGH, Level.HIGH.value)


@unique
class Direction(Enum):
    NORTH = 1
    SOUTH = 2


print(list(Direction))
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 1
        FIVE = 2
except ValueError as e:
    print("ValueError:", e)

try:
    Color(4)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)
try:
    Status("unknown")
except ValueError as e:
    print("ValueError:", e)

match Color.GREEN:
    case Color.RED:
        print("matched red")
    case Color.GREEN:
        print("matched green")
