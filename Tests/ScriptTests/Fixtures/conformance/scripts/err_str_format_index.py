def banner(*parts):
    return "{} | {} | {}".format(*parts)

print(banner("a", "b", "c"))
print(banner("only", "two"))
