def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)

s = {1, 2}
attempt("unhashable add", s.add, [1])
attempt("unhashable set item", set, [[1, 2]])
attempt("dict item", set, [{}])
attempt("set of sets", set, [{1}])
attempt("remove missing", s.remove, 99)
attempt("remove str", s.remove, "k")
attempt("pop empty", set().pop)
attempt("in list", lambda: [1] in s)
attempt("hash set", hash, {1})
attempt("dict key set", lambda: {{1}: 2})
attempt("sub list", lambda: s - [1])
attempt("le list", lambda: s <= [1, 2])
attempt("frozenset add", lambda: frozenset().add)
attempt("iterate change", lambda: [s.add(x + 10) for x in s])
attempt("set int", set, 5)
attempt("update int", s.update, 3)
attempt("index", lambda: s[0])
attempt("set() two", lambda: set([1], [2]))
print({1} in {frozenset({1})}, s)
{[1, 2], 3}
