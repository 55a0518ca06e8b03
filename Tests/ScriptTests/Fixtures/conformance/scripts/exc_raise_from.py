def f():
    return 1 / 0

def g():
    try:
        f()
    except ZeroDivisionError as e:
        raise ValueError("bad") from e

g()
