def train_step(loss):
    assert loss >= 0, f"loss must be non-negative, got {loss}"
    return loss * 0.5

print(train_step(4.0))
losses = [1.0, 0.5, -0.25]
for l in losses:
    print(train_step(l))
