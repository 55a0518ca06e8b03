# sys.exit(0) and raise SystemExit: a clean stop with status 0, nothing on stderr.
import sys

for i in range(10):
    print(i)
    if i == 2:
        sys.exit(0)
