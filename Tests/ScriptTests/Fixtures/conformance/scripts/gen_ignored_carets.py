# A generator dropped while suspended in a try/finally whose cleanup fails inside a larger
# expression: CPython's "Exception ignored in" report shows carets under the failing call.
def cleanup(tag):
    raise ValueError(f"cleanup of {tag} failed")


def scaled():
    try:
        yield 1
        yield 2
    finally:
        total = 1 + cleanup("scaled") * 2


def listed():
    try:
        yield 1
    finally:
        print("closing", len([cleanup("listed")]))


def nested():
    try:
        yield "a"
    finally:
        values = {"k": [cleanup("nested"), 3][0]}


g = scaled()
print(next(g))
del g
print("after scaled")
h = listed()
next(h)
h = None
print("after listed")
k = nested()
print(next(k))
k = None
print("end")
