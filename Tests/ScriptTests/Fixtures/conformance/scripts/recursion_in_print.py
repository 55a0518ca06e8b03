# A __repr__ that recurses forever, printed: CPython's RecursionError messages and
# traceback text, the print call and its str() of the object counted as CPython counts them.
class Node:
    def __init__(self):
        self.child = self

    def __repr__(self):
        return f"Node({self.child!r})"


try:
    print([Node()])
except RecursionError as exc:
    print("caught:", exc)


class Bad:
    def __repr__(self):
        return repr(self)


print(Bad())
