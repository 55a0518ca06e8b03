def pairs(xs):
    yield from xs


def bad(xs):
    total = sum((yield x) for x in xs)
    return total
