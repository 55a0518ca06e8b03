def train(epochs):
    for epoch in range(epochs):
        pass
    else:
        break
