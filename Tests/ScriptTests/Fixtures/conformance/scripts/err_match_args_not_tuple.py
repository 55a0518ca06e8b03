# __match_args__ must be a tuple.
class Vector:
    __match_args__ = ["x", "y"]

    def __init__(self, x, y):
        self.x, self.y = x, y


match Vector(1, 2):
    case Vector(a, b):
        print(a, b)
