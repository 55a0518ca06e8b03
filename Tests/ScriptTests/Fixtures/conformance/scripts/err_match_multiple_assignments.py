# The same name bound twice in one pattern.
value = [1, 2]
match value:
    case [first, *rest]:
        pass
    case [item, {"k": item}]:
        pass
