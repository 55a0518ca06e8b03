# ValueError: sign in a str format spec
name = "adam"
print(f"{name:>8}")
print(f"{name:+}")
