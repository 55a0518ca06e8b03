def parse_lines(lines):
    for n, line in enumerate(lines, 1):
        key, value = line.split("=")
        yield key.strip(), int(value)

config = dict(parse_lines(["a = 1", "b = 2"]))
print(config)
for key, value in parse_lines(["x = 1", "y = two"]):
    print(key, value)
