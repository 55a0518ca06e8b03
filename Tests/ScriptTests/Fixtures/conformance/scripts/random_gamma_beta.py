import random

random.seed(3)
print([random.betavariate(2.0, 5.0) for _ in range(5)])
print([random.betavariate(0.5, 0.5) for _ in range(5)])
print([random.gammavariate(1.0, 2.0) for _ in range(3)])
print([random.gammavariate(3.5, 0.5) for _ in range(3)])
print([round(random.gammavariate(0.3, 1.0), 6) for _ in range(6)])
print(random.paretovariate(2.5), random.weibullvariate(1.0, 1.5))
r = random.Random(7)
print(r.betavariate(1, 1), r.gammavariate(0.1, 1))
print(random.betavariate(alpha=3, beta=2))
samples = [random.betavariate(2, 2) for _ in range(1000)]
print(round(sum(samples) / len(samples), 6), min(samples) > 0, max(samples) < 1)
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print(e)
random.betavariate(-1, 2)
