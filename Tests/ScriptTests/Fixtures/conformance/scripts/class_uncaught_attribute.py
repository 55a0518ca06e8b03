class Model:
    def __init__(self):
        self.weights = [1, 2]
        self.bias = 0
    def forward(self, x):
        return sum(w * x for w in self.weigths) + self.bias

m = Model()
print(m.weights)
print(m.forward(2))
