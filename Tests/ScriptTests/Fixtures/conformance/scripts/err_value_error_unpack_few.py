# ValueError: not enough values to unpack
x, y, z = (1, 2)
