# round: half to even, on the exact binary value
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(-3.14159, 1), round(1234.5678, -2))
print(round(7), round(7.0), round(7.6))
print(type(round(2.5)) == int, type(round(2.5, 1)) == float)
print(round(1e16 + 2.0, 1))
print(round(0.1 + 0.2, 10))
print(round(155, -1), round(145, -1), round(-155, -1))
x = 0.30000000000000004
print(round(x, 2), round(x, 20))
