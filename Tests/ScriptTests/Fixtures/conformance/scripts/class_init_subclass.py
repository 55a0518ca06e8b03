registry = {}
class Plugin:
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        registry[name or cls.__name__] = cls
        print("registered", cls.__qualname__, name, kw)
class A(Plugin, name="a"): pass
class B(Plugin): pass
class C(A): pass
print(sorted(registry), Plugin.__init_subclass__)
class Plain:
    pass
try:
    class D(Plain, flavor=1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class E(Plugin, name="e", extra=1): pass
except TypeError as e:
    print("TypeError:", e)
