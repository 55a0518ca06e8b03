# Special methods of built-in subclasses (int, float, str, list, tuple, dict) called directly
# with an operand type they do not take: NotImplemented or CPython's TypeError, and the
# operators that then fall back to the other operand's reflected method.
class Count(int):
    pass


class Ratio(float):
    pass


class Name(str):
    pass


class Stack(list):
    pass


class Pair(tuple):
    pass


class Table(dict):
    pass


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


values = [("Count", Count(2)), ("Ratio", Ratio(2.0)), ("Name", Name("ab")), ("Stack", Stack([1])),
          ("Pair", Pair((1,))), ("Table", Table(a=1)), ("int", 2), ("float", 2.0), ("str", "ab"),
          ("list", [1]), ("tuple", (1,)), ("dict", {"a": 1})]
names = ["__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__",
         "__floordiv__", "__mod__", "__pow__", "__and__", "__or__", "__lshift__", "__divmod__",
         "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__contains__"]
for name in names:
    for label, obj in values:
        if not hasattr(obj, name):
            continue
        for arg in [1.5, 3, "x", [1], None]:
            show(f"{label}.{name}({arg!r})", lambda: getattr(obj, name)(arg))

# The operators: the int subclass declines the float, the float's reflected method answers.
c = Count(2)
r = Ratio(0.5)
print(c + 1.5, 1.5 + c, c * 0.5, 0.5 * c, c - 0.5, 0.5 - c, c / 4.0, c ** 0.5, divmod(c, 0.75))
print(c + r, r + c, c < 2.5, 2.5 > c, c == 2.0, 2.0 == c, c + True, True + c)
print(type(c + 1.5).__name__, type(1.5 + c).__name__, type(c + 1).__name__, type(c + r).__name__)
print(c * "ab", "ab" * c, c * [0], Name("x") * c, Stack([1]) * c)


class Loud(int):
    def __radd__(self, other):
        print("Loud.__radd__", other)
        return NotImplemented

    def __add__(self, other):
        print("Loud.__add__", other)
        return super().__add__(other)


print(1.5 + Loud(1))
print(Loud(1) + 1.5)
print(1 + Loud(1))
show("Loud + 'a'", lambda: Loud(1) + "a")
show("'a' + Loud", lambda: "a" + Loud(1))
show("Count & 1.5", lambda: Count(3) & 1.5)
show("Name + 1", lambda: Name("a") + 1)
show("Stack + ()", lambda: Stack([1]) + ())
show("Pair * 1.5", lambda: Pair((1,)) * 1.5)
