import warnings

def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning)
    return x * 2

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old_api(1)
    warnings.warn("plain")
    warnings.warn(RuntimeWarning("boom"))
    print(len(w), type(w).__name__)
    for m in w:
        print(m.category.__name__, str(m.message), repr(m.message), m.filename.split("/")[-1], m.lineno, m.file, m.line, m.source)
    print(issubclass(w[0].category, DeprecationWarning), isinstance(w[0].message, Warning))
    print(str(w[1]).replace(w[1].filename, "FILE"))
    print(type(w[0]).__name__)

with warnings.catch_warnings(record=True) as w2:
    warnings.warn("first")
    warnings.warn("first")
    old_api(2)
print([str(m.message) for m in w2])

with warnings.catch_warnings(record=True) as w3:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
print(w3)

with warnings.catch_warnings(record=True) as w4:
    warnings.simplefilter("error")
    try:
        warnings.warn("raised")
    except UserWarning as e:
        print("caught", e)
print(len(w4))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("nothing")
warnings.warn("shown after")
