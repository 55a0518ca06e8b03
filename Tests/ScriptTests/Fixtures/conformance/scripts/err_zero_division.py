# ZeroDivisionError raised two calls deep
def ratio(a, b):
    return a / b

def report(a, b):
    value = ratio(a, b)
    return f"{value:.2f}"

print(report(1, 4))
print(report(1, 0))
