# traceback's limit= and chain= keywords, and notes in its reports (written to stderr,
# where CPython's file names are the script's own).
import sys
import traceback

out = sys.stderr


def inner(x):
    return 1 / x


def middle(x):
    return inner(x)


def outer(x):
    try:
        return middle(x)
    except ZeroDivisionError as e:
        raise ValueError("outer failed") from e


try:
    outer(0)
except ValueError as e:
    for limit in (None, 0, 1, 2, -1, -2, 10):
        print(f"--- limit={limit}", file=out)
        out.write(traceback.format_exc(limit=limit))
    print("--- chain=False", file=out)
    out.write(traceback.format_exc(chain=False))
    print("--- limit=1, chain=False", file=out)
    traceback.print_exc(limit=1, chain=False)
    saved = e
print("--- format_exception limit=-1", file=out)
print(traceback.format_exception(saved, limit=-1), file=out)
print(traceback.format_exception(saved, limit=0, chain=False))
saved.add_note("first note")
saved.add_note("two\nlines")
print(traceback.format_exception_only(saved))
print(traceback.format_exception(saved, chain=False, limit=1), file=out)
traceback.print_exception(saved, limit=-1)


def recurse(n):
    if n == 0:
        raise RuntimeError("deep")
    recurse(n - 1)


try:
    recurse(8)
except RuntimeError:
    out.write(traceback.format_exc(limit=6))
    out.write(traceback.format_exc(limit=-6))
print("done")
