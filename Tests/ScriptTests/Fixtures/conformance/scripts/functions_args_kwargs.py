# *args and **kwargs
def total(*args):
    return sum(args)

print(total(), total(1), total(1, 2, 3))

def show(*args, **kwargs):
    print(args, kwargs)

show()
show(1, "a", x=2, y=[3])
values = [1, 2, 3]
options = {"sep": "-", "end": "!\n"}
print(*values, **options)

def configure(name, *extra, scale=1.0, **rest):
    return name, extra, scale, rest

print(configure("a"))
print(configure("a", 1, 2, scale=2.0, flag=True))

def forward(**kwargs):
    return configure("fwd", **kwargs)

print(forward(scale=3.0, other="x"))
params = {"lr": 0.1} | {"momentum": 0.9}
def opt(lr, momentum=0.0):
    return lr * 10, momentum
print(opt(**params))
