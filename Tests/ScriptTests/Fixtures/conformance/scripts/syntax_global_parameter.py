def f(lr):
    global lr
