# match inside a generator: a case body, a guard and the subject may yield, and the generator
# resumes where it stopped.
def tokens(items):
    for item in items:
        match item:
            case int(n) if n < 0:
                yield "negative"
                yield -n
            case int(n):
                yield n
            case [a, b]:
                yield a
                yield b
            case {"repeat": word, "times": k}:
                for _ in range(k):
                    yield word
            case str(s) if (yield f"checking {s}"):
                yield "accepted"
            case _:
                yield "?"


print(list(tokens([1, -2, [3, 4], {"repeat": "w", "times": 2}, "x", None])))


def sender():
    match (yield "subject?"):
        case "a":
            got = yield "was a"
            print("got", got)
        case other:
            yield f"was {other}"


g = sender()
print(next(g))
print(g.send("a"))
try:
    g.send("done")
except StopIteration:
    print("finished")
g = sender()
next(g)
print(g.send("z"))


def guarded():
    for v in [1, 2]:
        match v:
            case x if (yield f"accept {x}?"):
                yield f"took {x}"
            case x:
                yield f"left {x}"


g = guarded()
print(next(g))
print(g.send(True))
print(next(g))
print(g.send(False))
