class V:
    pass
v = V()
del v.x
