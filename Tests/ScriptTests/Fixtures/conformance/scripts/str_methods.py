# everyday str methods
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(s.upper(), s.lower())
print("a,b,,c".split(","), "a b  c".split(), "a-b-c".split("-", 1))
print("-".join(["x", "y", "z"]), "".join(["a", "b"]), ", ".join([]))
print("loss.png".startswith("loss"), "loss.png".endswith(".png"), "abc".startswith("b"))
print("banana".replace("a", "o"), "banana".count("a"), "banana".find("n"), "banana".find("z"))
print("hello".index("l"), "  x ".strip() == "x", "xxhixx".strip("x"))
print("a\tb".split("\t"), "Hi" * 3, "a" + "b" + "c")
print("{} items".format(3))
