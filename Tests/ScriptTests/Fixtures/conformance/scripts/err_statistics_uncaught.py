from statistics import mean, StatisticsError

scores = []
try:
    print(mean(scores))
except StatisticsError as e:
    print("caught:", e)
    raise RuntimeError("no scores yet") from e
