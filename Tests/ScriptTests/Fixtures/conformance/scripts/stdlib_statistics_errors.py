# statistics errors, caught and printed
import statistics

calls = [
    (statistics.mean, []),
    (statistics.fmean, []),
    (statistics.median, []),
    (statistics.median_low, []),
    (statistics.median_high, []),
    (statistics.mode, []),
    (statistics.variance, [1]),
    (statistics.stdev, [2.5]),
    (statistics.pvariance, []),
    (statistics.pstdev, []),
    (statistics.geometric_mean, [1, 0]),
    (statistics.geometric_mean, [-1.0]),
    (statistics.geometric_mean, []),
    (statistics.quantiles, [1]),
    (statistics.mean, ["a", "b"]),
    (statistics.variance, [1, "x"]),
    (statistics.fmean, ["x"]),
    (statistics.mode, [[1], [2]]),
    (statistics.stdev, [1.0, float("inf")]),
]
for f, data in calls:
    try:
        print(f.__name__, f(data))
    except statistics.StatisticsError as e:
        print(f.__name__, "StatisticsError:", e)
    except (TypeError, ValueError, AttributeError) as e:
        print(f.__name__, type(e).__name__ + ":", e)
try:
    statistics.quantiles([1, 2, 3], n=0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    statistics.quantiles([1, 2, 3], method="nearest")
except ValueError as e:
    print(type(e).__name__, e)
try:
    statistics.fmean([1, 2], weights=[1])
except ValueError as e:
    print(repr(e))
try:
    statistics.fmean([1, 2], weights=[1, -1])
except ValueError as e:
    print(repr(e))
