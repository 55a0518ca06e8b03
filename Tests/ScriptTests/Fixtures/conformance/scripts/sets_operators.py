a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4, 5}, b > {6})
x = set(range(10))
y = set(range(5, 15))
print(x | y, x & y, x - y, x ^ y)
f = frozenset({1, 2, 3})
print(f | {9}, {9} | f, f & {2}, {2, 3} - f, f ^ frozenset({3, 4}), type(f | {9}).__name__, type({9} | f).__name__)
c = {1, 2}
c |= {3}
print(c)
c &= {2, 3, 4}
print(c)
c -= {3}
print(c)
c ^= {2, 8}
print(c)
g = f
g |= {7}
print(g, f, g is f)
words1 = set("the quick brown fox jumps over the lazy dog".split())
words2 = set("the lazy cat sleeps over the warm mat".split())
print(words1 & words2, words1 - words2, words2 - words1, words1 ^ words2)
print(len(words1 | words2))
big = set(range(100))
small = {3, 50, 200}
print(big & small, small & big, small - big, big - small == set(range(100)) - {3, 50})
print({1, 2} | set(), set() & {1}, set() - {1}, {1} ^ {1})
{1, 2} | [3]
