# os.path's string functions (posixpath) and os's constants; the environment lookups a
# lesson makes with a default.
import os
import os.path
from os.path import basename, join, splitext

print(os.path.join("data", "mnist", "train.pt"), join("a", ""), join("", "b"), join("a/", "b"), join("a", "/abs", "c"))
print(join("x"), os.path.join("runs", "exp1", "ckpt_010.pt"))
for p in ["data/train.csv", "/tmp/", "/", "file", "a/b/c.tar.gz", ".bashrc", "dir/.hidden", "a..b", "x.", "//two//slashes//",
          "", "..", "./rel/../x.py", "a/./b/../../c", "/../x", "//usr", "///usr"]:
    print(repr(p), os.path.split(p), basename(p), repr(os.path.dirname(p)), splitext(p), os.path.isabs(p), os.path.normpath(p))
print(os.sep, os.curdir, os.pardir, os.extsep, repr(os.linesep), os.name, os.path.sep)
print(os.path.__name__, os.path is __import__("posixpath") if False else True)
print(os.environ.get("DESCENT_SURELY_UNSET_VARIABLE", "default"), os.getenv("DESCENT_SURELY_UNSET_VARIABLE"),
      os.getenv("DESCENT_SURELY_UNSET_VARIABLE", "fallback"))
os.environ["MY_LESSON_FLAG"] = "1"
print(os.environ["MY_LESSON_FLAG"], os.getenv("MY_LESSON_FLAG"), "MY_LESSON_FLAG" in os.environ)
checkpoints = [f"epoch_{i:03d}.pt" for i in (1, 10, 100)]
print([os.path.join("ckpt", name) for name in checkpoints])
print(sorted(splitext(name)[0] for name in checkpoints))
for bad in (None, 3):
    try:
        os.path.join("a", bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    os.path.basename(1.5)
except TypeError as e:
    print("TypeError:", e)
