# Assigning a name that is not a slot, uncaught.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.z = x + y


p = Point(1, 2)
