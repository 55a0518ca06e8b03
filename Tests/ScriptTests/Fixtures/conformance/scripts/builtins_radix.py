# bin, oct and hex on ints, bools, big ints, negatives and __index__ objects
for n in [0, 1, 7, 8, 255, -255, 2**31, 2**64 + 5, -(2**70), True, False]:
    print(n, bin(n), oct(n), hex(n))


class Seven:
    def __index__(self):
        return 7


print(bin(Seven()), oct(Seven()), hex(Seven()))
print(int(hex(123456789), 16), int(oct(-99), 8), int(bin(1000), 2))
try:
    hex(2.5)
except TypeError as e:
    print("TypeError:", e)
print(hex("a"))
