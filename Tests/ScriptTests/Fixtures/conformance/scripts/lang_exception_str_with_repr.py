# an exception class with its own __repr__ still prints through BaseException.__str__;
# vars() with no argument is locals()
class E(ValueError):
    def __repr__(self):
        return "E-repr"


class K(KeyError):
    def __repr__(self):
        return "K-repr"


class Plain:
    def __repr__(self):
        return "Plain-repr"


class Both(Exception):
    def __repr__(self):
        return "Both-repr"

    def __str__(self):
        return "Both-str"


e = E("msg", 2)
print(str(e), e, f"{e}", "%s" % e, "{}".format(e), [e], repr(e), format(e, ""))
print(str(E("one")), str(K("k")), K("k"), str(Plain()), Both(), [Both()], str(E()))
try:
    raise K("missing key")
except KeyError as err:
    print(err, repr(err), err.args)


def f(a, b=2, *args, **kw):
    c = a + b
    return vars()

print(f(1), f(1, 3, 4, x=5))
x = 10
print(sorted(k for k in vars() if not k.startswith("__")), vars()["x"], vars() is globals())


class C:
    y = 1
    print(sorted(vars()))

try:
    vars(1, 2)
except TypeError as err:
    print(err)
try:
    vars(3)
except TypeError as err:
    print(err)
raise E("final", "args")
