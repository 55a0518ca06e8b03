# A class without __match_args__ accepts no positional sub-patterns.
class Node:
    def __init__(self, value):
        self.value = value


def visit(node):
    match node:
        case Node(value=0):
            return "zero"
        case Node(v):
            return v


print(visit(Node(0)))
print(visit(Node(1)))
