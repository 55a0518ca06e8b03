def level3():
    return {"a": 1}["b"]

def level2():
    try:
        level3()
    except KeyError as e:
        raise LookupError("level2 failed") from e

def level1():
    try:
        level2()
    except LookupError:
        x = None
        x.missing

level1()
