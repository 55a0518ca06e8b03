# print(..., file=f) writes each piece through f.write, as CPython does; flush=True calls f.flush
class Log:
    def __init__(self):
        self.pieces = []
        self.flushes = 0

    def write(self, s):
        self.pieces.append(s)
        return len(s)

    def flush(self):
        self.flushes += 1


log = Log()
print("epoch", 1, "loss", 0.25, file=log)
print("a", "b", sep="", end="", file=log, flush=True)
print(file=log)
print(*[1, 2, 3], sep=", ", file=log)
print(log.pieces, log.flushes)
print("to stdout", file=None)


class Upper:
    def write(self, s):
        print(s.upper(), end="")


print("shouted", [1, "x"], file=Upper())
try:
    print("x", file=42)
except AttributeError as e:
    print("AttributeError:", e)


class NoFlush:
    def write(self, s):
        pass


try:
    print("x", file=NoFlush(), flush=True)
except AttributeError as e:
    print("AttributeError:", e)
