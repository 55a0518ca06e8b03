# statistics.covariance, correlation and linear_regression (Python 3.10+), as a regression lesson uses them
import statistics
from statistics import correlation, covariance, linear_regression

hours = [1, 2, 3, 4, 5, 6, 7, 8]
scores = [52, 55, 61, 64, 70, 71, 78, 83]
print(covariance(hours, scores), correlation(hours, scores))
fit = linear_regression(hours, scores)
print(fit, fit.slope, fit.intercept, type(fit).__name__, fit._fields)
slope, intercept = linear_regression([1.5, 2.5, 3.5], [3.0, 5.0, 7.5])
print(round(slope, 12), round(intercept, 12), linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
print([round(intercept + slope * x, 3) for x in (4, 5)], correlation(range(10), [x * x for x in range(10)]))
print(covariance([0.1, 0.2, 0.3], [0.3, 0.2, 0.1]), correlation([1, 2, 3], [3, 2, 1]))
for bad in [lambda: correlation([1, 2], [1, 2, 3]), lambda: covariance([1], [2]), lambda: correlation([1, 1, 1], [1, 2, 3]),
            lambda: linear_regression([2, 2], [1, 5]), lambda: linear_regression([1], [1])]:
    try:
        bad()
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
