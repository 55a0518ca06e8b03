def parse(text):
    try:
        return int(text)
    except ValueError as err:
        print("bad:", err)
    return err

parse("12")
parse("x")
