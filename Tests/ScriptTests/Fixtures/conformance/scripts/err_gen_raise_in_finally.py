def reader(lines):
    try:
        for line in lines:
            yield line.strip()
    finally:
        print("closing reader")
        yield "trailer"

r = reader([" a ", " b "])
print(next(r))
r.close()
