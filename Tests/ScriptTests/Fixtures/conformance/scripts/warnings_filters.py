import warnings
print("start")
warnings.warn("plain message")


def f(x):
    warnings.warn(f"value {x}", RuntimeWarning)
    return x * 2


for i in range(3):
    print(f(i))
warnings.warn(UserWarning("as instance"))


class MyWarning(UserWarning):
    pass


warnings.warn("custom", MyWarning)
warnings.warn("deprecated here", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("future", FutureWarning)
warnings.warn(42)
warnings.warn("category None", None)
try:
    warnings.warn("x", "y")
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn("x", ValueError)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError:", e)
warnings.simplefilter("ignore", RuntimeWarning)
print(f(10))
warnings.simplefilter("always")
for i in range(2):
    warnings.warn("again")
warnings.resetwarnings()
print(warnings.filters)
warnings.filterwarnings("ignore", message="skip")
warnings.warn("skip me")
warnings.warn("Skip me too")
warnings.warn("not skipped")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("inside")
warnings.warn("outside")
print(len(warnings.filters), warnings.filters[0][0], warnings.filters[0][2], warnings.filters[0][3], warnings.filters[0][4])
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once only")
warnings.warn("once only")
warnings.simplefilter("default")
for i in range(3):
    warnings.warn("default: once per line")
warnings.warn("default: once per line")
warnings.simplefilter("error")
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", repr(e))
try:
    warnings.warn(MyWarning("mine"))
except UserWarning as e:
    print("caught", type(e).__name__, e)
print(issubclass(FutureWarning, Warning), issubclass(ResourceWarning, Exception))
print("end")
