# A __setattr__ that assigns through self recurses until RecursionError.
class Counter:
    def __setattr__(self, name, value):
        self.count = value


c = Counter()
c.count = 1
