import math
print(math)
print(math.sqrt)
print(math.floor(-0.0), math.copysign(1, -0.0))
math.squareroot(4)
