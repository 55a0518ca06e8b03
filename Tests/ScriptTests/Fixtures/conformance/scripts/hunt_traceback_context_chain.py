# An uncaught error raised while handling another, inside a generator driven by a for loop:
# CPython prints the first traceback, "During handling of the above exception, another
# exception occurred:", then the second.
def batches(data, size):
    for start in range(0, len(data), size):
        chunk = data[start:start + size]
        try:
            yield sum(chunk) / len(chunk)
        except TypeError:
            yield max(chunk)


def report(data):
    means = []
    for m in batches(data, 2):
        means.append(round(m, 2))
    return means


print(report([1, 2, 3, 4, 5]))
print(report([1, "x", 3]))
