import torch
from torch import nn

class Block(nn.Module):
    def __init__(self, n_in, n_out):
        super().__init__()
        self.fc = nn.Linear(n_in, n_out)
        self.act = nn.LeakyReLU(0.1)
        self.scale = nn.Parameter(torch.ones(n_out))

    def forward(self, x):
        return self.act(self.fc(x)) * self.scale

    def extra_repr(self):
        return f"n_out={self.scale.shape[0]}"

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = nn.ModuleList([Block(4, 8), Block(8, 8)])
        self.head = nn.Sequential(nn.Dropout(0.2), nn.Linear(8, 3), nn.LogSoftmax(dim=1))

    def forward(self, x):
        for b in self.blocks:
            x = b(x)
        return self.head(x)

torch.manual_seed(0)
net = Net()
print(net)
print([n for n, _ in net.named_parameters()])
print([type(m).__name__ for m in net.modules()])
print([n for n, _ in net.named_children()], len(list(net.children())))
print(sum(p.numel() for p in net.parameters()), sum(p.numel() for p in net.parameters() if p.requires_grad))
sd = net.state_dict()
print(type(sd), list(sd.keys())[:4], sd["head.1.bias"])
def init(m):
    if isinstance(m, nn.Linear):
        nn.init.zeros_(m.bias)
        nn.init.xavier_uniform_(m.weight)
net.apply(init)
print(net.head[1].bias, net.blocks[0].fc.weight[0])
print(net.training, net.head[0].training)
net.eval()
print(net.training, net.head[0].training)
x = torch.randn(2, 4)
print(net(x))
net.train()
net.requires_grad_(False)
print(net.head[1].weight.requires_grad)
net.requires_grad_(True)
out = net(x).sum()
out.backward()
print(net.blocks[1].scale.grad)
net.zero_grad()
print(net.blocks[1].scale.grad)
other = Net()
print(other.load_state_dict(net.state_dict()))
print(torch.equal(other.head[1].weight, net.head[1].weight))
bad = dict(net.state_dict())
del bad["head.1.bias"]
bad["extra.weight"] = torch.zeros(1)
r = other.load_state_dict(bad, strict=False)
print(r)
print(r.missing_keys, r.unexpected_keys)
print(net.head[1], net.head[1].in_features, net.head[1].out_features, net.head[1].weight.shape)
print(len(net.head), net.head[-1], net.head[:2])
for layer in net.head:
    print(type(layer).__name__)
try:
    other.load_state_dict(bad)
except RuntimeError as e:
    print(e)
bad2 = dict(net.state_dict())
bad2["head.1.weight"] = torch.zeros(2, 2)
try:
    other.load_state_dict(bad2)
except RuntimeError as e:
    print(e)
other.load_state_dict([("head.1.bias", torch.zeros(3))])
