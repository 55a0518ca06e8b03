import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2024)
lin = nn.Linear(4, 2)
print(lin)
print(lin.weight)
print(lin.bias)

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(2, 16)
        self.act = nn.ReLU()
        self.fc2 = nn.Linear(16, 2)
        self.drop = nn.Dropout(0.25)

    def forward(self, x):
        return self.fc2(self.drop(self.act(self.fc1(x))))

torch.manual_seed(0)
net = Net()
print(net)
for name, p in net.named_parameters():
    print(name, tuple(p.shape), p.requires_grad)
print(sum(p.numel() for p in net.parameters()))
seq = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1), nn.Sigmoid())
print(seq)
print(len(seq), seq[0], seq[-1])
x = torch.randn(5, 3)
y = seq(x)
print(y)
print(net.training, net.eval().training, net.drop.training)
net.train()
sd = seq.state_dict()
print(list(sd.keys()))
print(sd['2.bias'])
print(nn.CrossEntropyLoss(), nn.MSELoss(reduction='sum'))
logits = torch.randn(4, 3, requires_grad=True)
target = torch.tensor([0, 2, 1, 2])
loss = F.cross_entropy(logits, target)
print(loss)
loss.backward()
print(logits.grad)
print(nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0]))(torch.tensor([0.5, -1.0, 2.0]), torch.tensor([1.0, 0.0, 1.0])))
print(F.softmax(torch.tensor([[1.0, 2.0, 3.0]]), dim=1))
torch.manual_seed(1)
print(nn.Dropout(0.5)(torch.ones(8)))
ml = nn.ModuleList([nn.Linear(2, 2) for _ in range(3)])
print(ml)
print(nn.Sequential(nn.Flatten(), nn.LeakyReLU(0.2), nn.GELU(), nn.Softmax(dim=1), nn.Identity()))
