import torch
import torch.nn as nn

torch.manual_seed(1)
X = torch.tensor([[0., 0.], [0., 1.], [1., 0.], [1., 1.]])
Y = torch.tensor([[0.], [1.], [1.], [0.]])

class XOR(nn.Module):
    def __init__(self):
        super(XOR, self).__init__()
        self.fc1 = nn.Linear(2, 4)
        self.act = nn.Tanh()
        self.fc2 = nn.Linear(4, 1)
    def forward(self, x):
        return torch.sigmoid(self.fc2(self.act(self.fc1(x))))

net = XOR()
print(net)
def init_weights(m):
    if type(m) == nn.Linear:
        torch.nn.init.xavier_uniform_(m.weight)
        m.bias.data.fill_(0.01)
net.apply(init_weights)
print(net.fc1.weight)
opt = torch.optim.SGD(net.parameters(), lr=0.5, momentum=0.9)
loss_f = nn.MSELoss()
for epoch in range(2001):
    opt.zero_grad()
    out = net(X)
    loss = loss_f(out, Y)
    loss.backward()
    opt.step()
    if epoch % 500 == 0:
        print("Epoch: {0}, Loss: {1}, ".format(epoch, loss.data.numpy() if False else loss.item()))
print(net(X).round())
print(net(X).detach().squeeze())
for p in net.parameters():
    print(p.data)
print(list(net.state_dict().keys()))
print(net.fc1.weight.dtype, net.fc1.weight.device, net.training)
net.eval(); print(net.training, net.fc1.training)
total = sum(p.numel() for p in net.parameters() if p.requires_grad)
print(f"{total:,} trainable")
