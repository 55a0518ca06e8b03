seen = set()

def visit(node):
    seen.add(node)
    return len(seen)

print(visit((1, 2)), visit("a"), visit((1, 2)))
print(seen)
visit(["not", "hashable"])
