# TypeError: calling something that is not a function
loss = 0.5
print(loss(2))
