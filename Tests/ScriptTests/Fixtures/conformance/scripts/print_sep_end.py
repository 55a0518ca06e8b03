# print sep and end
print(1, 2, 3, sep=", ")
print("a", "b", sep="")
print("no newline", end="")
print(" -- continued")
print("x", "y", sep="-", end="!\n")
for i in range(3):
    print(i, end=" ")
print()
print(*[1, 2, 3])
print(*["a", "b"], sep="|")
print("end", end="\n\n")
print(sep="ignored")
print([1, 2], {"a": 1}, sep=" :: ")
