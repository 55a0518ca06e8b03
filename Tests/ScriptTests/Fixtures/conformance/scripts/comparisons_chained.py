# chained comparisons and ordering
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, 1 < 3 < 2)
print(x == 5 == 5.0, 1 <= 1 < 2 <= 2)
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
print(1 == 1.0, "1" == 1, [1] == [1.0], {"a": 1} == {"a": 1.0})
print(None == None, None != 0, 0 == False, 1 == True)
print(max(3, 7, 5), min("b", "a", "c"), max([1.5, -2, 3]))
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(0) < noisy(2))
print(2 in [1, 2], 3 not in [1, 2], "ell" in "hello", "k" in {"k": 1})
