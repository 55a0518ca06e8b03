# str.format
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age:d}".format(name="Ada", age=36))
print("{:.3f}|{:>6}|{:<6}|".format(3.14159, "r", "l"))
print("{!r} {!s}".format("q", "q"))
print("{0:>{1}}".format("x", 4))
print("{{literal}} {}".format(5))
print("loss={loss:.4f}, lr={lr}".format(loss=0.123456, lr=0.001))
values = [1.5, 2.25]
print("{} and {}".format(*values))
opts = {"lr": 0.1, "momentum": 0.9}
print("lr {lr} momentum {momentum}".format(**opts))
