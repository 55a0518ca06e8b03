# A generator's `for` loop (and `yield from`) keeps its iterator across every suspension:
# a long loop inside a generator is not re-entered from its start at each resume.
def numbers(n):
    for i in range(n):
        yield i

def pairs(n):
    for i, j in zip(range(n), range(n, 2 * n)):
        yield i * j

def nested(n):
    for i in range(n):
        for j in range(3):
            yield i + j
    else:
        yield -1

def delegating(n):
    yield from numbers(n)
    yield from pairs(n)

def targets(n):
    box = [0, 0, 0]
    for box[(yield "ready")] in range(n):
        pass
    yield box

N = 3000
print(sum(numbers(N)))
print(sum(pairs(N)))
total = 0
count = 0
for v in nested(N // 3):
    total += v
    count += 1
print(count, total)
print(sum(1 for _ in delegating(N)), sum(delegating(N)))

g = targets(4)
print(next(g))
print([g.send(k) for k in (0, 1, 0)])
print(g.send(2))

# A running loop inside a generator driven by send().
def accumulate():
    total = 0
    for step in range(N):
        got = yield total
        total += got if got is not None else step
    return total

acc = accumulate()
next(acc)
for k in range(N - 1):
    last = acc.send(k % 7)
try:
    acc.send(1)
except StopIteration as e:
    print("returned", e.value, last)
