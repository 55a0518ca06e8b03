# conversions between numbers and strings
print(float("1.5"), float("  3 "), float("1e3"), float("-0"), float("inf"))
print(float(3), float(True), float("-2.5e-3"))
print(int(3.9), int(-3.9), int("42"), int(" -7 "), int(True), int(2.0 ** 40))
print(str(10 ** 18), str(0.1), str(1e22), str(-0.0))
print(int("0"), float("0.0"))
print(abs(-3), abs(-3.5), abs(0.0), abs(-0.0))
print(int(1e15), int(-1e15))
print(float("1" + "0" * 20))
