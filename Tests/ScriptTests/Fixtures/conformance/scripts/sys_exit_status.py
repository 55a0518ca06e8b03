# sys.exit(3): the run stops there with status 3; finally blocks run on the way out.
import sys


def main():
    print("starting")
    try:
        sys.exit(3)
    finally:
        print("cleanup runs")
    print("never printed")


try:
    sys.exit()
except SystemExit as e:
    print("caught", repr(e), e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught", repr(e), e.code, e.args, str(e))
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    raise SystemExit(4, "two")
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    sys.exit(0)
except Exception:
    print("not an Exception")
except BaseException as e:
    print("a BaseException:", type(e).__name__, isinstance(e, Exception), e.code)
main()
print("after main")
