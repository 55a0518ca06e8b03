# globals(), locals(), __import__ and __name__.
import math

LR = 0.1


def relu(x):
    return max(0.0, x)


def tanh(x):
    return math.tanh(x)


print(__name__)
if __name__ == "__main__":
    print("running as a script")
g = globals()
print(type(g), isinstance(g, dict), g is globals() or True)
print([k for k in g if not k.startswith("__")])
print(g["LR"], "relu" in g, "nothing" in g, g.get("nothing", "default"))
for name in ("relu", "tanh"):
    print(name, round(globals()[name](-0.5), 4))
globals()["EPOCHS"] = 3
print(EPOCHS)
globals().update(BATCH=16, SEED=0)
print(BATCH, SEED)
del globals()["SEED"]
try:
    SEED
except NameError as e:
    print("NameError:", e)
print(globals().setdefault("EPOCHS", 99), globals().setdefault("NEW", 7), NEW)
print(sorted(k for k, v in globals().items() if isinstance(v, int) and not isinstance(v, bool)))
print(globals()["__name__"], globals()["__doc__"])


def set_global():
    globals()["from_function"] = "yes"
    return __name__


print(set_global(), from_function)


def show_locals(a, b=2, *args, **kwargs):
    c = a + b
    return locals()


print(show_locals(1))
print(show_locals(1, 3, 4, 5, key="v"))


class Namespace:
    x = 1
    y = x + 1
    snapshot = sorted(locals())


print(Namespace.snapshot)
print(sorted(k for k in locals() if not k.startswith("__")) == sorted(k for k in globals() if not k.startswith("__")))
m = __import__("math")
print(m.sqrt(16.0), m is math)
rnd = __import__("random")
rnd.seed(1)
print(rnd.random())
coll = __import__("collections", fromlist=["Counter"])
print(coll.Counter("aab"))
try:
    __import__("nonexistent_module_xyz")
except ImportError as e:
    print(type(e).__name__)
print(globals() is globals(), locals() is globals())
globals()["itself"] = globals()
print(repr(globals()).endswith("'itself': {...}}"), itself is globals())
