# sys.stdout.write / flush and writing to sys.stderr (print(file=...), sys.stderr.write).
import sys

n = sys.stdout.write("written directly\n")
print("write returned", n)
print("count of 'héllo':", sys.stdout.write("héllo"))
sys.stdout.write("\n")
print(sys.stdout.flush())
print("to stderr", 1, 2.5, file=sys.stderr)
print("a", "b", sep="-", end="!\n", file=sys.stderr)
sys.stderr.write("warning: something odd\n")
print("flushed", flush=True)
print("to stdout explicitly", file=sys.stdout)
print(file=sys.stderr)
print("progress:", end=" ", file=sys.stdout, flush=True)
for i in range(3):
    sys.stdout.write(f"{i}..")
    sys.stdout.flush()
sys.stdout.write("done\n")


def log(*args, **kwargs):
    print("[log]", *args, file=sys.stderr, **kwargs)


log("epoch", 1, "loss", 0.25)
out = sys.stdout
out.write("through a name\n")
try:
    sys.stdout.write(42)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stderr.write(None)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdout.write()
except TypeError as e:
    print("TypeError:", e)
print("end")
