# A class body's leading string literal is its __doc__; without one, __doc__ is None
# (not inherited), and instances read it through the class.
class Point:
    """A point in the plane."""

    def __init__(self, x, y):
        self.x, self.y = x, y


class Point3(Point):
    pass


class Explicit:
    __doc__ = "set by assignment"


class NotFirst:
    x = 1
    "not a docstring"


print(Point.__doc__, Point(1, 2).__doc__)
print(Point3.__doc__, Explicit.__doc__, NotFirst.__doc__)
print("__doc__" in Point.__dict__, Point.__dict__["__doc__"])
print(list(Explicit.__dict__), list(NotFirst.__dict__))
