# AttributeError with a hint
xs = [1, 2]
xs.apend(3)
