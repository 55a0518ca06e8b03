# PEP 479: a StopIteration escaping a generator becomes RuntimeError, its direct cause.
def numbers(it):
    while True:
        yield next(it) * 2


source = iter([1, 2])
print(list(numbers(iter([]))) if False else "start")
for n in numbers(source):
    print(n)
