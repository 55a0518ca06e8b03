# IndexError on a str
word = "abc"
print(word[-3])
print(word[3])
