import torch
from torch import nn

class NeuralNetwork(nn.Module):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.linear_relu_stack = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))

    def forward(self, x):
        return self.linear_relu_stack(self.flatten(x))

torch.manual_seed(0)
model = NeuralNetwork()
torch.save(model, "model.pth")
with torch.no_grad():
    model.linear_relu_stack[0].weight.fill_(0.0)
loaded = torch.load("model.pth", weights_only=False)
print(loaded)
print(type(loaded).__name__, loaded is model, loaded.training)
print(loaded.linear_relu_stack[0].weight[0], model.linear_relu_stack[0].weight[0])
x = torch.ones(2, 2, 2)
print(loaded(x))
again = torch.load("model.pth", weights_only=False)
print(again is loaded, torch.equal(again.linear_relu_stack[2].bias, loaded.linear_relu_stack[2].bias))
torch.save({"model": nn.Linear(2, 1), "epoch": 3}, "bundle.pt")
print(torch.load("bundle.pt", weights_only=False)["epoch"])
for name in ["model.pth", "bundle.pt"]:
    try:
        torch.load(name)
    except Exception as e:
        print(type(e).__name__, type(e).__module__)
        print(str(e).split("\n")[3])
torch.save({"seen": {3, 1, 2}}, "sets.pt")
print(torch.load("sets.pt"))
torch.save([frozenset([4])], "frozen.pt")
print(torch.load("frozen.pt", weights_only=False))
try:
    torch.load("frozen.pt")
except Exception as e:
    print(str(e).split("\n")[3])
