total = 0


def add(x):
    print(total)
    global total
    total += x
