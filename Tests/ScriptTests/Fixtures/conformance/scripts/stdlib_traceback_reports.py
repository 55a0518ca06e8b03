# traceback: reports of handled exceptions, as a validation helper prints them and goes on
import traceback


def show(text):
    """The report with the script's path (which differs between runs) named SCRIPT."""
    print(text.replace(__file__, "SCRIPT"), end="")


def parse_lr(text):
    return float(text)


def load(config):
    try:
        return parse_lr(config["lr"])
    except KeyError as e:
        raise ValueError("config has no learning rate") from e


for config in [{"lr": "0.1"}, {"lr": "fast"}, {}]:
    try:
        print("lr =", load(config))
    except ValueError:
        print("--- format_exc ---")
        show(traceback.format_exc())

try:
    [1, 2, 3][10]
except IndexError as e:
    print(traceback.format_exception_only(type(e), e), traceback.format_exception_only(e))
    parts = traceback.format_exception(e)
    print(len(parts), parts[0], parts[-1], end="")
    show("".join(parts))


class Log:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


log = Log()
try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["k"]
except KeyError as e:
    traceback.print_exc(file=log)
    traceback.print_exception(e, file=log)
    show("".join(log.parts))
    for piece in traceback.format_exception(e):
        show(repr(piece) + "\n")
print(repr(traceback.format_exc()))
print(traceback.format_exception_only(ValueError("plain")), traceback.format_exception_only(KeyError("k")))
