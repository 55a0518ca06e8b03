import torch
from torch import nn
from collections import OrderedDict

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
torch.save(model.state_dict(), "model_weights.pth")

model2 = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
print(model2.load_state_dict(torch.load("model_weights.pth", weights_only=True)))
print(model2[0].weight)
print(torch.equal(model[2].bias, model2[2].bias))
sd = torch.load("model_weights.pth")
print(type(sd).__name__, list(sd.keys()))
print(sd["0.bias"], sd["0.bias"].requires_grad, sd["0.bias"].is_leaf)

t = torch.arange(6).reshape(2, 3)
torch.save(t, "t.pt")
u = torch.load("t.pt")
print(u, u.dtype, u is t, torch.equal(u, t))
u[0, 0] = 100
print(t[0, 0].item())

x = torch.tensor([1.0, 2.0], requires_grad=True)
torch.save(x, "x.pt")
x2 = torch.load("x.pt")
print(x2, x2.requires_grad, x2.is_leaf, x2.grad)
p = nn.Parameter(torch.ones(2))
torch.save(p, "p.pt")
print(torch.load("p.pt"))
torch.save([torch.zeros(2, dtype=torch.float64), torch.tensor([True, False]), 3, 2.5, "hi", None, (1, 2)], "misc.pt")
print(torch.load("misc.pt"))
torch.save({"nested": {"a": [1, 2, {"b": torch.tensor(3)}]}, "od": OrderedDict(x=1)}, "nested.pt")
print(torch.load("nested.pt"))

# the file is replaced by a second save
torch.save(torch.tensor([7]), "t.pt")
print(torch.load("t.pt"))

# sharing inside one save is kept
a = torch.zeros(3)
torch.save({"first": a, "second": a}, "shared.pt")
loaded = torch.load("shared.pt")
print(loaded["first"] is loaded["second"])

# a checkpoint with optimizer state
opt = torch.optim.Adam(model.parameters(), lr=0.01)
X = torch.randn(8, 3)
loss = model(X).pow(2).mean()
loss.backward()
opt.step()
torch.save({"epoch": 5, "model_state_dict": model.state_dict(),
            "optimizer_state_dict": opt.state_dict(), "loss": loss.item()}, "checkpoint.tar")
ckpt = torch.load("checkpoint.tar", weights_only=True)
print(ckpt["epoch"], round(ckpt["loss"], 6))
print(ckpt["optimizer_state_dict"]["param_groups"])
print(ckpt["optimizer_state_dict"]["state"][0]["step"])
opt2 = torch.optim.Adam(model2.parameters(), lr=0.5)
opt2.load_state_dict(ckpt["optimizer_state_dict"])
print(opt2.param_groups[0]["lr"])
print(torch.equal(opt2.state_dict()["state"][1]["exp_avg"], opt.state_dict()["state"][1]["exp_avg"]))
model2.load_state_dict(ckpt["model_state_dict"])
model2.train()
torch.load("missing.pth")
