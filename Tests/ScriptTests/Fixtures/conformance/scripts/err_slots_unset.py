# Reading a slot never assigned, uncaught.
class Point:
    __slots__ = ("x", "y", "label")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x)
print(p.label)
