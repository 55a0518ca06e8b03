class T:
    @property
    def c(self):
        return 1
    @c.setter
    def c(self, v):
        raise ValueError("no")
class S:
    __slots__ = ()
t = T()
def f():
    t.c = 5
try:
    f()
except ValueError:
    pass
t.c = 5
