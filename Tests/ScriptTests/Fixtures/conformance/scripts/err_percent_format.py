def report(step, loss):
    return "step %d: loss %.3f" % (step, loss, "extra")

print(report.__name__)
print(report(1, 0.5))
