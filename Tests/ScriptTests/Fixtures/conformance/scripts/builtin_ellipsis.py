print(Ellipsis, ...)
print(type(...).__name__, ... is Ellipsis, ... == Ellipsis, ... != None)
print(repr(...), str(Ellipsis), f"{...}", f"{Ellipsis!r:>10}", [..., 1], (...,))
print(bool(...), type(...)() is Ellipsis, isinstance(..., type(Ellipsis)))


def todo():
    ...


print(todo())


class Grid:
    def __getitem__(self, key):
        return key


g = Grid()
print(g[...], g[..., 0], g[1:2, ...])
print({...: "dots"}[Ellipsis])
try:
    type(...)(1)
except TypeError as e:
    print("TypeError:", e)
print(Elipsis)
