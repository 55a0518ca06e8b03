print("never printed: the whole file is refused")


def squares(n):
    return [(yield i * i) for i in range(n)]
