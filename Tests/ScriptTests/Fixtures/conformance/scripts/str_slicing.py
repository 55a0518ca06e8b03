# indexing and slicing strings
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[1:4], s[:3], s[7:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2])
print(s[100:], repr(s[5:2]), s[-100:2])
print(len(s), len(""), len(s[2:5]))
word = "descent"
print(word[0].upper() + word[1:])
for i in range(len(word)):
    print(word[i], end="")
print()
for ch in "hey":
    print(ch * 2, end=",")
print()
