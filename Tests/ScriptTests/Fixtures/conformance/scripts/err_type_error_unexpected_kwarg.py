# TypeError: unexpected keyword argument
def train(epochs, lr=0.1):
    return epochs * lr

print(train(10, lr=0.5))
print(train(10, learning_rate=0.5))
