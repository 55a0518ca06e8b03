# Every function of math, random, collections, itertools, functools and statistics the
# lessons use, with CPython's exact results.
import math
import random
import statistics
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
from functools import lru_cache, partial, reduce
from itertools import accumulate, chain, combinations, count, islice, permutations, product

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.exp(1.5), math.log(10), math.log(8, 2), math.log2(10), math.log10(2), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(2), math.atan2(1, -2))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3), math.copysign(2, -0.0), math.fmod(-7, 3))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.isqrt(99))
print(math.hypot(3, 4), math.dist([0, 0], [1, 1]), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.degrees(math.pi), math.radians(180), math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308 * 10), math.isinf(-math.inf), math.isnan(math.nan))
print(math.erf(0.5), math.erfc(0.5), math.gamma(5.5), math.lgamma(10), math.frexp(12.5), math.ldexp(0.78125, 4), math.modf(-3.25))
print(math.pow(2, 0.5), math.remainder(10, 3), math.nextafter(1, 2), math.ulp(1.0), math.cbrt(27) if hasattr(math, "cbrt") else "no cbrt")
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000), lambda: math.acos(2)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

random.seed(42)
print(random.random(), random.uniform(1, 5), random.randint(1, 100), random.randrange(0, 50, 5))
xs = list(range(10))
random.shuffle(xs)
print(xs, random.choice("abcdef"), random.sample(range(100), 5), random.choices("abc", weights=[5, 1, 1], k=8))
print(random.gauss(0, 1), random.normalvariate(10, 2), random.randrange(7), random.getrandbits(16))
random.seed("lesson")
print(random.random(), [random.randint(0, 9) for _ in range(10)])
r1, r2 = random.Random(7), random.Random(7)
print(r1.random() == r2.random(), r1.randint(1, 6), r2.choice([1, 2, 3]))

data = [2.5, 3.1, 4.7, 1.2, 3.3, 4.4, 2.2]
print(statistics.mean(data), statistics.median(data), statistics.stdev(data), statistics.pstdev(data))
print(statistics.variance(data), statistics.pvariance(data), statistics.mode([1, 2, 2, 3]), statistics.median([1, 2, 3, 4]))
print(statistics.mean([1, 2, 3, 4]), statistics.fmean([1, 2, 3]), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))

c = Counter("mississippi")
print(c, c.most_common(2), c["s"], c["z"], sorted(c.elements())[:5])
c.update("sip")
print(c + Counter("ss"), c - Counter("ssss"), list(c.keys()))
d = defaultdict(list)
for word in "the quick brown fox the lazy dog".split():
    d[len(word)].append(word)
print(d, dict(d), d[9])
od = OrderedDict(a=1, b=2)
od["c"] = 3
od.move_to_end("a")
print(od, list(od), od.popitem(last=False))
q = deque([1, 2, 3], maxlen=4)
q.append(4)
q.append(5)
q.appendleft(0)
q.rotate(1)
print(q, q.popleft(), q.pop(), len(q), list(q))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x + p.y, p._asdict(), p._replace(x=5), Point._fields, tuple(p), p == (1, 2))

print(list(product("ab", range(2))), list(product([0, 1], repeat=2)))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3]])))
print(list(islice(count(10, 5), 4)), list(islice("abcdefg", 1, 6, 2)), list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)))
print(list(combinations("abcd", 2)), list(permutations([1, 2, 3], 2)), len(list(permutations(range(5)))))
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 0))
pow2 = partial(pow, 2)
print(pow2(10), partial(int, base=2)("1011"))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
