# Crash hunt: recursion through special methods ends with CPython's RecursionError message,
# which names the C-level check (repr, comparison, call) that crossed the limit.
import functools
class A:
    def __repr__(self): return repr(self)
    def __str__(self): return str(self)
    def __eq__(self, o): return self == o
    def __lt__(self, o): return self < o
    def __hash__(self): return hash(self)
    def __call__(self): return self()
    def __abs__(self): return abs(self)
    def __int__(self): return int(self)
a = A()
tests = [("repr", lambda: repr(a)), ("str", lambda: str(a)), ("eq", lambda: a == 1), ("lt", lambda: a < 1),
         ("hash", lambda: hash(a)), ("call", lambda: a()), ("abs", lambda: abs(a)), ("int", lambda: int(a)),
         ("list repr", lambda: repr([a])), ("partial", lambda: functools.partial(a)()), ("max", lambda: max(a, a)),
         ("sorted", lambda: sorted([a, a])), ("dict key", lambda: {a: 1})]
for name, f in tests:
    try:
        f()
        print(name, "no error")
    except RecursionError as e:
        print(name, e)
try:
    repr(a)
except RecursionError as e:
    print("module level repr:", e)
