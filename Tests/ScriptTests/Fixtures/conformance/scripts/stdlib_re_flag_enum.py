# re flags are re.RegexFlag members: their reprs, combinations, ints, and Pattern.flags/groupindex
import re

print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.DOTALL)
print(re.I | re.M, re.M | re.I, re.I | re.M | re.S, re.NOFLAG, re.I & re.M, re.I ^ re.I)
print(repr(re.I), str(re.I), int(re.I), re.I + 0, re.I == 2, re.I | 0, 0 | re.I, re.I * 1)
print(type(re.I).__name__, type(re.I | re.M).__name__, type(re.I | 1).__name__, isinstance(re.I, int))
print(re.I.value, re.I.name, (re.I | re.M).name, (re.I | re.M).value, hash(re.I) == hash(2))
print(f"{re.I}", f"{re.I:d}", "%d" % re.M, "{}".format(re.S), [re.I, re.VERBOSE])
print(~re.I, re.RegexFlag(2), re.RegexFlag(10), re.RegexFlag.IGNORECASE is re.I, re.I in (re.I | re.M))
p = re.compile(r"(?P<word>\w+)\s(?P<num>\d+)", re.I | re.M)
print(p, p.flags, type(p.flags).__name__, p.flags & re.I, bool(p.flags & re.S))
print(p.groupindex, type(p.groupindex).__name__, p.groupindex["num"], dict(p.groupindex), list(p.groupindex))
try:
    p.groupindex["x"] = 3
except TypeError as e:
    print("TypeError:", e)
print(re.compile("a").flags, re.compile("a", re.A).flags, re.compile("(?i)a").flags, re.compile("(?x) a").flags)
print(re.compile("a", re.I | re.S | re.X), re.compile("a", re.A | re.M))
print(re.findall("^ab", "AB\nab", flags=re.I | re.M), re.sub("a", "b", "AaA", flags=re.IGNORECASE))
print(re.compile("\\N{GREEK SMALL LETTER ALPHA}+").findall("αα β"), re.escape("α.b"), re.search(r"\N{EM DASH}", "a — b").span())
print(re.match(r"[\N{LATIN SMALL LETTER A}-\N{LATIN SMALL LETTER C}]+", "abcd").group())
for bad in [r"\N{NOT A REAL NAME}", r"\N", r"\N{", r"\N{A"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e)
print("\N{BULLET} \N{DEGREE SIGN}C", "\N{greek small letter beta}")
