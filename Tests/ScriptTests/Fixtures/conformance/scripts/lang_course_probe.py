import math, random, itertools, functools, statistics, collections
def f(a, /, b, *, c=3, **kw): return a, b, c, kw
print(f(1, 2, c=4, d=5), f"{math.pi=:.3f}", f"{'x':>{5}}", "%5.2f|%-4d|%s" % (3.14159, 7, [1]))
print("{0:{1}}|{name!r:^9}".format(3.5, "08.3f", name="ab"), "{:,}".format(1234567), "{:%}".format(0.25))
random.seed(1); print(random.random(), random.randint(1, 9), random.choice("abc"), random.gauss(0, 1))
random.seed(2); xs = list(range(6)); random.shuffle(xs); print(xs, random.sample(range(10), 3), random.choices("ab", k=3), random.uniform(1, 2), random.randrange(0, 10, 3))
print(list(itertools.accumulate([1, 2, 3], lambda a, b: a * b)), list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.permutations("ab")), list(itertools.combinations(range(3), 2)), list(itertools.product([0, 1], repeat=2)), list(itertools.chain.from_iterable([[1], [2]])))
print(functools.reduce(lambda a, b: a + b, [1, 2, 3], 10), functools.partial(int, base=2)("101"))
@functools.lru_cache(maxsize=None)
def fibm(n): return n if n < 2 else fibm(n - 1) + fibm(n - 2)
print(fibm(50), fibm.cache_info())
print(statistics.mean([1, 2.5]), statistics.median([3, 1, 2, 4]), statistics.stdev([1, 2, 3, 4]), statistics.variance([1, 2, 3]), statistics.mode([1, 1, 2]))
P = collections.namedtuple("P", "x y", defaults=[0]); p = P(1); print(p, p._asdict(), p._replace(y=5), P._fields)
c = collections.Counter("abracadabra"); print(c.most_common(2), c["z"], c + collections.Counter("ab"), sorted(c.elements())[:3])
print(math.isclose(0.1 + 0.2, 0.3), math.prod([1, 2, 3]), math.dist([0, 0], [3, 4]), math.fsum([0.1] * 10), math.gcd(12, 18), math.lcm(4, 6), math.isqrt(17), math.comb(5, 2), math.perm(5, 2), math.log(8, 2), math.erf(0.5), math.gamma(4.5), math.nextafter(1, 2), math.ulp(1.0))
a, *rest = range(4); print(a, rest, [*rest, *"ab"], {**{"a": 1}, "b": 2})
class A:
    def __init_subclass__(cls, **kw): print("sub", cls.__name__, kw)
class B(A, tag=1): pass
print(sorted({3, 1} | frozenset({2})), {x: x * x for x in range(3)}, [y for x in [[1, 2], [3]] for y in x if y > 1])
try:
    raise KeyError("k") from ValueError("v")
except LookupError as e:
    print(repr(e), repr(e.__cause__), e.args)
print(divmod(-7, 2), round(2.5), round(-0.5), int("0x1f", 16), 7 // -2, -7 % 3, 2 ** -1, 10 / 4, 1e16, 1.5e-7, float("inf"))
