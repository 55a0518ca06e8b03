# Name resolution as CPython's compiler decides it: local, enclosing function, global
# (with `global` declarations), builtin; class bodies are not enclosing scopes.
x = "global x"


def outer():
    x = "outer x"

    def reads_global():
        global x
        return x

    def reads_enclosing():
        return x

    def deeper():
        def inner():
            return x
        return inner()

    return reads_global(), reads_enclosing(), deeper()


print(outer())


def declares_global():
    global x
    x = "rebound by declares_global"

    def inner():
        # `x` is global in the enclosing function, so global here too.
        return x
    return inner()


print(declares_global(), x)
x = "global x"


def writer():
    x = "writer local"

    def set_global():
        global x
        x = "set by set_global"
    set_global()
    return x


print(writer(), x)
x = "global x"


def class_scopes():
    y = "function y"

    class C:
        y = "class y"
        z = y + "!"

        def method(self):
            # Class attributes are not visible to methods: the function's y.
            return y

        def uses_x(self):
            return x

        squares = [y for _ in range(1)]

    return C.z, C().method(), C().uses_x(), C.squares


print(class_scopes())


def class_reads_before_binding():
    x = "function x"

    class D:
        # `x` is assigned in the class body, so reading it first looks in the class
        # namespace, then globals (not the function's x).
        first = x
        x = "class x"
        second = x

    class E:
        # Not assigned in the class: the enclosing function's x.
        seen = x

    return D.first, D.second, E.seen


print(class_reads_before_binding())


class Top:
    value = 1
    global g
    g = "set in class body"

    class Nested:
        try:
            seen = value
        except NameError as e:
            seen = f"NameError: {e}"


print(Top.Nested.seen, g, "g" in Top.__dict__)


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    class Holder:
        def bump_too(self):
            nonlocal count
            count += 10
            return count

    return bump(), Holder().bump_too(), bump()


print(counter())


def shadowed_builtin():
    def inner():
        return len("abc")
    len = lambda s: -1
    return inner()


print(shadowed_builtin())


def unbound_free():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
    return inner()


print(unbound_free())


def unbound_local():
    print(x)
    x = 1


unbound_local()
