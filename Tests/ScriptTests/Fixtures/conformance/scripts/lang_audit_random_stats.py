# random and statistics as a data-prep helper uses them: seeded splits, sampling, summaries.
import random
import statistics
from statistics import mean, median, stdev

random.seed(0)
print(random.random(), random.uniform(-1, 1), random.randint(1, 6), random.randrange(10))
print(random.randrange(5, 50, 5), random.choice("abcdef"), random.choice([10, 20, 30]))
print(random.choices(["cat", "dog", "bird"], weights=[5, 3, 1], k=6))
print(random.choices(range(4), cum_weights=[1, 2, 3, 10], k=5), random.choices("xy"))
data = list(range(12))
random.shuffle(data)
print(data)
print(random.sample(data, 4), random.sample(range(100), 3), sorted(random.sample("abcdefg", k=7)))
print([round(random.gauss(0, 1), 6) for _ in range(4)], round(random.gauss(mu=5, sigma=0.1), 6))
print(round(random.normalvariate(0, 2), 6), round(random.expovariate(1.5), 6), round(random.triangular(0, 1), 6))
print(random.getrandbits(16), round(random.betavariate(2, 3), 6), round(random.lognormvariate(0, 1), 6))


def train_val_split(items, val_fraction=0.25, seed=42):
    rng = random.Random(seed)
    items = list(items)
    rng.shuffle(items)
    n_val = int(len(items) * val_fraction)
    return items[n_val:], items[:n_val]


train, val = train_val_split(range(20))
print(train, val)
print(train_val_split("abcdefgh", 0.5, seed=1))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b, a)
random.seed("course")
print(random.random(), random.randint(0, 100))
random.seed(12345)
print(random.random())
rng1, rng2 = random.Random(7), random.Random(7)
print(rng1.random() == rng2.random(), rng1.choice(range(10)), rng2.randint(0, 9))

scores = [2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 10.0]
print(mean(scores), median(scores), stdev(scores), statistics.pstdev(scores))
print(mean([1, 2, 3, 4]), median([1, 2, 3, 4]), median([3, 1, 2]), stdev([1, 2, 3, 4]))
print(statistics.variance(scores), statistics.pvariance([1, 2, 3]), statistics.mode([1, 2, 2, 3]))
print(statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]), statistics.fmean([1, 2, 4]))
print(statistics.multimode("aabbc"), statistics.geometric_mean([1, 4, 16]), statistics.harmonic_mean([1, 2, 4]))
print(mean([True, False, True]), mean([0.1, 0.2, 0.3]), stdev([0.1, 0.2, 0.4]))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
losses = [random.uniform(0.1, 1.0) for _ in range(50)]
print(f"mean={mean(losses):.4f} median={median(losses):.4f} stdev={stdev(losses):.4f}")
for bad in ([], [1]):
    try:
        print(stdev(bad))
    except statistics.StatisticsError as err:
        print("StatisticsError:", err)
try:
    mean([])
except statistics.StatisticsError as err:
    print("StatisticsError:", err)
try:
    random.choice([])
except IndexError as err:
    print("IndexError:", err)
try:
    random.randint(5, 1)
except ValueError as err:
    print("ValueError:", err)
try:
    random.sample([1, 2], 3)
except ValueError as err:
    print("ValueError:", err)
try:
    random.choices("ab", weights=[1], k=2)
except ValueError as err:
    print("ValueError:", err)
try:
    random.randrange(0)
except ValueError as err:
    print("ValueError:", err)
print(issubclass(statistics.StatisticsError, ValueError))
median([])
