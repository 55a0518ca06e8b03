import math

values = [0.0, 0.5, 1.0, 2.0, 10.0, -0.5, -3.7, 1e-10, 123.456]
for name in ["sin", "cos", "tan", "asinh", "atan", "exp", "exp2", "expm1", "cbrt", "erf", "erfc", "fabs", "sinh", "cosh", "tanh"]:
    f = getattr(math, name)
    print(name, [f(x) for x in values])
for name in ["sqrt", "log", "log2", "log10", "log1p", "acosh", "gamma", "lgamma"]:
    f = getattr(math, name)
    print(name, [f(x) for x in [1.0, 1.5, 2.0, 3.3, 10.0, 171.5, 1e300 if name != "gamma" else 100.5]])
for name in ["asin", "acos", "atanh"]:
    f = getattr(math, name)
    print(name, [f(x) for x in [0.0, 0.25, -0.5, 0.999]])
print(math.gamma(-2.5), math.gamma(0.001), math.gamma(25), math.gamma(5), math.lgamma(-2.5), math.lgamma(0.1))
print(math.degrees(math.pi / 3), math.radians(180), math.degrees(1))
print(math.atan2(1, -1), math.atan2(-0.0, -1), math.copysign(3, -0.0), math.fmod(7.5, -2), math.fmod(-7, 3))
print(math.remainder(7, 2), math.remainder(-7.5, 2), math.remainder(5, 3))
print(math.ldexp(0.75, 4), math.frexp(12.5), math.frexp(-0.0), math.modf(-3.25), math.modf(2.0))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), math.ceil(1e20), type(math.floor(2.0)))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isfinite(math.inf))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.pow(2, 10), math.pow(2, -1), math.pow(-2, 3), math.pow(0, 0), math.pow(math.inf, -1), math.pow(-8, 1/3 * 0 + 1))
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 2, 3, 4), math.hypot(1e200, 1e200), math.hypot(-1.5, 2.5, 0.1))
print(math.dist((0, 0), (3, 4)), math.dist((1.5, 2.5, -3), (0.1, 0.2, 0.3)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum(range(10)))
print(math.fsum([1, 1e-16, 1e-16]), math.fsum([0.3, 0.3, 0.3, -0.9]), math.fsum([math.inf, 1]), math.fsum([1e308, -1e308, 1]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(1, 1.05, rel_tol=0.1))
print(math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.ulp(1e300), math.ulp(0.0), math.ulp(-2.5))
print(math.log(8, 2), math.log(100, 10), math.log(2 ** 1000), math.log10(10 ** 50), math.log2(2 ** 100), math.log(10 ** 400))
print(math.exp(1), math.exp(-745), math.expm1(1e-10), math.log1p(1e-10))
