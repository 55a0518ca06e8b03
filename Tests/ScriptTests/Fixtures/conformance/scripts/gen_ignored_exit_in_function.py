# Generators that ignore GeneratorExit, dropped inside functions and methods: CPython's
# "Exception ignored in" report shows the frame that dropped them, named after its function.
def numbers(n):
    for i in range(n):
        try:
            yield i
        except GeneratorExit:
            print("caught GeneratorExit at", i)


def take_first(n):
    g = numbers(n)
    first = next(g)
    g = "replaced"
    return first


def outer():
    # Only the dropping frame is shown, not its callers.
    return take_first(3) + 10


print(outer())


def first_above(limit):
    for x in numbers(10):
        if x > limit:
            break
    print("after break", x)


first_above(1)


def find(target):
    for x in numbers(5):
        if x == target:
            return x
    return None


print(find(2))


class Reader:
    def __init__(self):
        self.source = numbers(4)

    def peek(self):
        return next(self.source)

    def reset(self):
        if True:
            del self.source
        print("reset done")


r = Reader()
print(r.peek())
r.reset()


def drop_by_del():
    g = numbers(2)
    next(g)
    del g
    print("deleted")


drop_by_del()
print("end")


class Holder:
    def __init__(self):
        self.stream = numbers(3)
        next(self.stream)

    def close(self):
        self.stream = None
        print("closed")


Holder().close()
