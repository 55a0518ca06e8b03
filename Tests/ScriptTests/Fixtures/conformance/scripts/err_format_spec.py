# ValueError from a bad format spec
loss = 0.25
epoch = 3
print(f"{epoch:d} {loss:.2f}")
print(f"{loss:d}")
