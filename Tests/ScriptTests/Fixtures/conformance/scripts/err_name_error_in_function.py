# NameError inside a function: the hint looks at locals and globals
learning_rate = 0.1

def step(weight, gradient):
    return weight - learnig_rate * gradient

print("before")
print(step(1.0, 0.5))
