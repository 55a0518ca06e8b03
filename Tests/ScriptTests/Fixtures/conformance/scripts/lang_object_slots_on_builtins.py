# object's own special methods applied to built-in values: object.__hash__ hashes identity
# (not the value), object.__eq__ compares identity, object.__repr__ gives the default
# `<TYPE object at 0x…>` form, object.__str__ and object.__format__ go through the type's repr.
x = [1, 2]
s = "ab"
t = (1, 2)
d = {"k": 1}
print(object.__hash__(1) == hash(1), object.__hash__(1) == object.__hash__(1))
print(object.__hash__(x) == id(x) >> 4, object.__hash__(d) == id(d) >> 4, object.__hash__(t) == hash(t))
print(object.__hash__(x) == object.__hash__(x), object.__hash__(x) == object.__hash__([1, 2]))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 1), object.__ne__(1, 2))
print(object.__eq__(x, x), object.__eq__(x, [1, 2]), object.__ne__(x, [1, 2]), object.__ne__(x, x))
print(object.__lt__(1, 2), object.__ge__(x, x), object.__gt__("b", "a"), object.__le__(t, t))
for v in [1, 2.5, "s", True, None, x, t, d, len, int, range(3), {1}, ...]:
    text = object.__repr__(v)
    kind = text[1:text.index(" object at 0x")]
    print(kind, text.endswith(">"), object.__repr__(v) == object.__repr__(v), text == repr(v))
print(object.__str__(1), object.__str__([1]), object.__str__("s"), object.__str__(None), object.__str__(2.5))
print(repr(object.__format__(1, "")), repr(object.__format__("ab", "")), repr(object.__format__([1], "")))
for bad in [(1, "d"), ("ab", ">5"), ([1], "x")]:
    try:
        object.__format__(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(object.__repr__(x) == object.__repr__(x), id(x) == id(x))


class P:
    pass


p = P()
print(object.__hash__(p) == hash(p), object.__hash__(p) == id(p) >> 4, object.__repr__(p) == repr(p))
print(object.__eq__(p, p), object.__eq__(p, P()), object.__ne__(p, P()))
print(object.__repr__(P).startswith("<type object at 0x"), object.__repr__(P) == repr(P))
for bad in [lambda: object.__hash__(), lambda: object.__eq__(1), lambda: object.__repr__(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
