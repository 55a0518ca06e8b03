# TypeError: a required argument is missing
def area(w, h):
    return w * h

print(area(2))
