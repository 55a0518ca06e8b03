# math as course code uses it, every function and constant, with edge cases.
import math
from math import inf, nan, pi, e, tau

print(pi, e, tau, inf, -inf, nan, math.inf == inf, math.nan != math.nan)
print(repr(inf), str(-inf), repr(nan), float("inf"), float("-inf"), float("nan"), -nan)
print([inf, -inf, nan], (inf,), {"x": nan}, f"{inf} {nan:.2f} {-inf:>6}", "%f %e %g" % (inf, -inf, nan))
print(inf + 1, inf - inf, inf * 0, 1 / inf, -1 / inf, inf > 1e308, nan == nan, nan < 1, max(1, inf))
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log(8, 2), math.log(math.e), math.log10(1000), math.log2(1024))
print(math.log(1024, 2), math.log1p(1e-10), math.expm1(1e-10), math.exp2(10), math.cbrt(27), math.pow(2, 0.5))
print(math.sin(pi / 6), math.cos(pi), math.tan(pi / 4), math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(3), type(math.floor(2.0)).__name__)
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, -3), -7 % 3, math.remainder(7, 3), math.modf(-3.25))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.isfinite(inf), math.isinf(-inf), math.isnan(nan), math.isnan(1.0))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1, 1.01, rel_tol=0.01), math.isclose(0, 1e-10))
print(math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(inf, inf), math.isclose(nan, nan), math.isclose(1e10, 1e10 + 1))
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e100, 1, -1e100]), math.fsum([]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4]), math.prod(range(1, 6), start=2))
print(math.comb(5, 2), math.comb(52, 5), math.comb(3, 5), math.perm(5, 2), math.perm(5), math.perm(3, 4))
print(math.factorial(0), math.factorial(20), math.factorial(30), math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.lcm(), math.isqrt(17), math.isqrt(10**20), math.gcd(), math.lcm(3, 0))
print(math.erf(1), math.erfc(1), math.gamma(5), math.gamma(0.5), math.lgamma(10), math.nextafter(1, 2), math.ulp(1.0))
print(math.sumprod([1, 2, 3], [4, 5, 6]) if hasattr(math, "sumprod") else "no sumprod", math.nextafter(0, 1))
print(round(math.pi, 3), round(2.5), round(3.5), round(-0.5), round(1234.5, -2), round(0.125, 2))
print(1e308 * 10, -1e308 * 10, 2 ** 0.5, 10 ** -2, (-8) ** 2, 0.0 == -0.0, math.copysign(1, -0.0))
print(float("1e-320"), 5e-324, 1.7976931348623157e308, 1e16, 1e-5, 123456789012345678.0, 0.1 + 0.7)
print(int(1e20), int(-2.9), int(inf) if False else "skip", divmod(inf, 1) if False else "skip2")
for fn, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.factorial, (-1,)),
                 (math.factorial, (2.5,)), (math.acos, (2,)), (math.comb, (-1, 2)), (math.perm, (3, -1)),
                 (math.exp, (1000,)), (math.pow, (0, -1)), (math.log, (10, 1)), (math.isqrt, (-4,)),
                 (math.gamma, (0,)), (math.fmod, (1, 0)), (math.ldexp, (1.0, 2000)), (math.trunc, (nan,)),
                 (math.floor, (inf,)), (math.ceil, (nan,)), (math.comb, (5.0, 2)), (math.factorial, ("3",))]:
    try:
        print(fn.__name__, fn(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as err:
        print(fn.__name__, type(err).__name__, err)
print(int(float("inf")))
