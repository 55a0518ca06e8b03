# A training-log helper: generators, yield from, itertools, enumerate/zip.
import itertools
from itertools import product, chain, islice, count, accumulate, combinations, permutations


def fake_losses(start=2.0, decay=0.7):
    loss = start
    for step in count(1):
        yield step, round(loss, 4)
        loss *= decay


def epochs(n_epochs, steps_per_epoch):
    stream = fake_losses()
    for epoch in range(n_epochs):
        yield from ((epoch, s, l) for s, l in islice(stream, steps_per_epoch))


def log_lines(records):
    total = 0.0
    for n, (epoch, step, loss) in enumerate(records, start=1):
        total += loss
        yield f"epoch {epoch} step {step:>2} loss {loss:.4f} avg {total / n:.4f}"


for line in log_lines(epochs(2, 3)):
    print(line)


def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, (4, 5)], 6], [[7]]])))


def delegator():
    result = yield from sub()
    yield f"sub returned {result}"


def sub():
    yield "a"
    yield "b"
    return 42


print(list(delegator()))
print(list(product("ab", [0, 1])), len(list(product(range(3), repeat=3))))
print(list(chain([1, 2], (3,), "xy")), list(chain.from_iterable([[1], [2, 3]])))
print(list(islice(count(10, 5), 4)), list(islice("abcdefg", 1, 6, 2)), list(islice(range(10), 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)))
print(list(permutations("abc")), list(permutations(range(3), 2)))
print(list(zip("abc", count())), list(zip([1, 2, 3], "xy")))
print(list(enumerate("xyz", 1)), dict(enumerate("ab")))
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(itertools.repeat("r", 3)), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print([list(g) for k, g in itertools.groupby("aaabccdd")], [k for k, _ in itertools.groupby([1, 1, 2, 1])])
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.filterfalse(None, [0, 1, "", "a"])))
print(list(itertools.pairwise("abcd")), list(itertools.combinations_with_replacement("ab", 2)))
c = itertools.cycle("ab")
print([next(c) for _ in range(5)])
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(count(3), count(1.5, 0.5), repr(itertools.repeat(1, 2)))

gen = (x * x for x in range(4))
print(next(gen), next(gen), list(gen), list(gen))
it = iter([1])
print(next(it), next(it, "done"))
squares = {x: x * x for x in range(5) if x % 2}
print(squares, {x % 3 for x in range(10)}, [[i * j for j in range(3)] for i in range(3)])
history = {"loss": [], "acc": []}
for step, (loss, acc) in enumerate(zip([0.9, 0.5, 0.3], [0.1, 0.6, 0.8])):
    history["loss"].append(loss)
    history["acc"].append(acc)
else:
    print("finished after", step + 1, "steps")
best = min(range(len(history["loss"])), key=history["loss"].__getitem__)
print(best, history)
n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("while-else ran", n)
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print(i)


def running_mean():
    total, n = 0.0, 0
    value = yield None
    while True:
        total += value
        n += 1
        value = yield total / n


rm = running_mean()
next(rm)
print([rm.send(v) for v in [1, 2, 3, 10]])
rm.close()
print(sum(islice(fake_losses(), 3), ()))
g = fake_losses()
print(next(g), g.__name__, type(g).__name__)
next(islice(count(), 0, 0))
