# Crash hunt: CPython 3.11 limits int <-> decimal string conversion to 4300 digits.
big = 10 ** 5000
for f in [lambda: str(big), lambda: repr(big), lambda: f"{big}", lambda: "%d" % big, lambda: "{}".format(big),
          lambda: format(big, ","), lambda: format(big, "d"), lambda: print([big]), lambda: str(-big),
          lambda: int("1" * 5000), lambda: int("-" + "1" * 4301), lambda: int("1" * 4301, 10), lambda: int("1_" * 4301 + "1"),
          lambda: int("1" * 4301, 7)]:
    try:
        print(f())
    except ValueError as e:
        print("ValueError", e)
print(len(str(10 ** 4299)), len(str(-10 ** 4299)), len(hex(big)), len(oct(big)), len(bin(big)), format(big, "x")[:8])
print(int("1" * 4300) % 997, int("f" * 5000, 16) % 997, int("1" * 5000, 2) % 997, int("z" * 100, 36) % 997)
print(float("1" * 5000), big > 10 ** 4999)
