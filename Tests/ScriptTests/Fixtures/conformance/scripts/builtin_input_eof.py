print("before")
try:
    input()
except EOFError as e:
    print("EOFError:", e)
name = input("Your name: ")
print("never")
