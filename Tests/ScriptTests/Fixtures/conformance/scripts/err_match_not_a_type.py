# A class pattern's name must be a class.
import math
match 4.0:
    case math.sqrt(x):
        print(x)
