def ratios(values):
    return sum(1 / v for v in values)

print(ratios([1, 2, 4]))
print(ratios([1, 0]))
