# SystemExit with a non-int, non-str code: its str goes to stderr, status 1.
import sys


class Config:
    def __str__(self):
        return "Config(bad)"


try:
    raise SystemExit
except SystemExit as e:
    print("bare:", e.code, e.args)
print("raising")
raise SystemExit([1, 2, Config()]) if False else SystemExit(Config())
