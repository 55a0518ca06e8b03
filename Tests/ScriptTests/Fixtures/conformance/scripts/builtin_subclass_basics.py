class Celsius(float):
    def __new__(cls, degrees):
        return super().__new__(cls, degrees)

    def to_fahrenheit(self):
        return self * 9 / 5 + 32

t = Celsius(21.5)
print(t, repr(t), type(t).__name__, isinstance(t, float), isinstance(t, Celsius))
print(t.to_fahrenheit(), t + 1, type(t + 1).__name__, 2 * t, t > 20, t == 21.5)
print(round(t), int(t), float(t), f"{t:.2f}", "%.1f" % t, abs(Celsius(-3.0)))
t.unit = "C"
print(t.unit, t.__dict__)
import math
print(math.sqrt(Celsius(16)), -t, bool(Celsius(0.0)), hash(t) == hash(21.5))

class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

s = Stack()
s.push(1); s.push(2); s.push(3)
print(s, len(s), s.peek(), s[0], s[1:], type(s[1:]).__name__, 2 in s, list(s), sum(s))
print(isinstance(s, list), type(s).__name__, s.pop(), s, bool(Stack()), sorted(Stack([3, 1, 2])))
s[0] = 10
del s[1]
print(s, s + [5], type(s + [5]).__name__, [x * 2 for x in s], s == [10], s * 2)
s += [7, 8]
print(s, type(s).__name__)

class Counter2(dict):
    def __init__(self, words):
        super().__init__()
        for w in words:
            self[w] = self.get(w, 0) + 1

    def top(self):
        return max(self, key=self.get)

c = Counter2("a b a c a b".split())
print(c, len(c), c["a"], c.top(), "b" in c, sorted(c.items()), list(c.keys()), isinstance(c, dict))

class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("ada")
print(n, repr(n), n.shout(), n + "x", type(n + "x").__name__, len(n), n[0], n == "ada", {n: 1}["ada"], "-".join([n, n]))

class Flags(int):
    def has(self, bit):
        return bool(self & bit)

f = Flags(5)
print(f, repr(f), f.has(4), f.has(2), f | 2, type(f | 2).__name__, f + 1, [10, 20, 30, 40, 50, 60][f], range(f), Flags("7"), Flags())

class Vec(list):
    def __init__(self, *xs):
        super().__init__(xs)
    def __repr__(self):
        return f"Vec({', '.join(map(str, self))})"
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self, other)])

v = Vec(1, 2) + Vec(3, 4)
print(v, str(v), len(v), v[0], [v])

class Temp(float):
    def __repr__(self):
        return f"Temp({float(self)})"
    def __str__(self):
        return f"{float(self):.1f} degrees"
x = Temp(3)
print(x, repr(x), [x], f"{x}", str(x))
