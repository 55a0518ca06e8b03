# sys.exit("text"): the text goes to stderr and the status is 1.
import sys

print("checking input")
errors = ["missing column 'y'"]
if errors:
    sys.exit(f"error: {errors[0]}")
print("unreachable")
