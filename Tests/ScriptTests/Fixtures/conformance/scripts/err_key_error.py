# KeyError on a dict
params = {"lr": 0.1}
print(params["lr"])
print(params["momentum"])
