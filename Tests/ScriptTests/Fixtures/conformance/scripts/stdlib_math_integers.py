import math

print([math.factorial(n) for n in range(12)])
print(math.factorial(30), math.factorial(52))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(2 ** 62), math.isqrt(10 ** 40 + 12345), math.isqrt(True))
print(math.comb(10, 3), math.comb(5, 0), math.comb(3, 5), math.comb(100, 50), math.comb(60, 30))
print(math.perm(5), math.perm(5, 2), math.perm(3, 4), math.perm(20, 20), math.perm(25, 10))
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 30), math.gcd(2 ** 70, 6 ** 40))
print(math.lcm(), math.lcm(0, 5), math.lcm(4, 6), math.lcm(-4, 6, 10), math.lcm(2 ** 40, 3 ** 30))
