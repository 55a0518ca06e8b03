# str.maketrans/translate, casefold, title, rindex and their errors
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}), lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}), lambda: str.maketrans({1.5: 1}), lambda: "abc".rindex("z"), lambda: "a".casefold(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(str.maketrans("ab", "cd", "e"), "hello".translate([None] * 104 + ["H"]), str.title("ab cd"), list(map(str.casefold, ["A", "ß"])))
