import torch
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(4, 8)
        self.fc2 = nn.Linear(6, 1)
    def forward(self, x):
        x = torch.relu(self.fc1(x))
        return self.fc2(x)
net = Net()
print(net(torch.ones(2, 4)))
