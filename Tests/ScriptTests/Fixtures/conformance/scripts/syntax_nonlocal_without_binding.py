def counter():
    def bump():
        nonlocal count
        count += 1
    return bump
