# Two equal literal keys in a mapping pattern are a compile-time error.
match {"a": 1}:
    case {"a": 1, "b": 2, "a": 3}:
        pass
