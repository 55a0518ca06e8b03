# The alternatives of an or-pattern must bind the same names.
match {"a": 1}:
    case {"a": left} | {"b": left, "c": right}:
        pass
