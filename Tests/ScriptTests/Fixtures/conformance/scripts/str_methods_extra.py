# less common str methods
print("Hello World".title(), "hello".capitalize(), "MiXed".swapcase())
print("42".isdigit(), "4a".isdigit(), "abc".isalpha(), "  ".isspace(), "abc1".isalnum())
print("line1\nline2\n".splitlines(), "a,b,c".rsplit(",", 1))
print("abc".zfill(6), "-12".zfill(5))
print(str(12).rjust(5), "x".ljust(3) + "|", "mid".center(9, "*"))
print("hello".rfind("l"), "path/to/file.py".partition("/"), "UPPER".islower(), "UPPER".isupper())
