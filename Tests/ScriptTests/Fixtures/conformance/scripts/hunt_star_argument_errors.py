# `*` and `**` argument errors name the callee as CPython does.
class P:
    def m(self, *a): pass
    @staticmethod
    def s(*a): pass
def f(*a, **k): pass
for c in [print, f, P().m, P.s, [].append, len, int, lambda *a: 0, P.m, sorted, dict]:
    for call in [lambda: c(*5), lambda: c(**[1]), lambda: c(**{1: 2})]:
        try: call()
        except TypeError as e: print(e)
try: [*5]
except TypeError as e: print(e)
try: {**[1]}
except TypeError as e: print(e)
try: sorted([1], bad=1)
except TypeError as e: print(e)
try: [].sort(reversed=True)
except TypeError as e: print(e)
try: f(**{"a": 1}, **{"a": 2})
except TypeError as e: print(e)
try: f(a=1, **{"a": 2})
except TypeError as e: print(e)
print(list(map(str.upper, ["a", "b"])), str.join("-", "xyz"), list.append, dict.get({"k": 1}, "k"))
for call in [lambda: str.upper(), lambda: str.upper(5), lambda: list.append([], 1, 2)]:
    try:
        call()
    except TypeError as e:
        print(e)
