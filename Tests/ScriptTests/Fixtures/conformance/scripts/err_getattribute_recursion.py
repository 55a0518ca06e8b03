# A __getattribute__ that reads through self recurses until RecursionError.
class Broken:
    def __getattribute__(self, name):
        return self.__dict__[name]


b = Broken()
print("before")
print(b.x)
