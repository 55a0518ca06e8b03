def close(resource):
    raise RuntimeError(f"could not close {resource}")

def work():
    try:
        values = [1, 2, 3]
        return values[5]
    finally:
        close("file")

try:
    work()
except RuntimeError as e:
    print("caught", e, "| context:", repr(e.__context__))

work()
