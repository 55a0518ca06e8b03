# Crash hunt: __int__, __float__, __index__, __round__, __divmod__ and __len__ as CPython calls
# them, with its errors for results of the wrong type.
import functools
class B:
    def __int__(self): return 3
    def __float__(self): return 2.5
    def __index__(self): return 1
    def __round__(self, n=None): return ("round", n)
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __call__(self, *args): return ("called", args)
b = B()
print(int(b), float(b), [10, 20][b], round(b), round(b, 2), divmod(b, 7), divmod(7, b))
print("ab" * b, b * [0], list(range(b)), hex(b), [1, 2, 3][:2**100], functools.partial(b, 1)(2))
xs = [1, 2]
xs[b] = 9
print(xs, callable(b))
class OnlyIndex:
    def __index__(self): return 2
print(int(OnlyIndex()), float(OnlyIndex()), "x" * OnlyIndex(), OnlyIndex() * "y")
class L:
    def __len__(self): return "3"
class L2:
    def __len__(self): return -1
class L3:
    def __len__(self): return 2**100
class I:
    def __index__(self): return 1.5
class Big:
    def __index__(self): return 2**100
class BadInt:
    def __int__(self): return 1.5
class BadFloat:
    def __float__(self): return 1
class NoRound:
    pass
for f in [lambda: len(L()), lambda: len(L2()), lambda: len(L3()), lambda: [1, 2][I()], lambda: range(I()),
          lambda: "ab" * I(), lambda: hex(I()), lambda: [1][Big()], lambda: int(BadInt()),
          lambda: float(BadFloat()), lambda: round(NoRound()), lambda: divmod(NoRound(), 1), lambda: divmod(1, NoRound()),
          lambda: int(NoRound()), lambda: float(NoRound()), lambda: [1][NoRound()], lambda: bool(L())]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
