# A class without __class_getitem__ (or a metaclass __getitem__) cannot be subscripted.
class Plain:
    pass


print(Plain.__name__)
Plain[int]
