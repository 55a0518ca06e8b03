# copy.deepcopy of torch models, state dicts and tensors, as early-stopping course code uses it.
import copy
import torch
import torch.nn as nn

torch.manual_seed(0)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(2, 4)
        self.act = nn.ReLU()
        self.fc2 = nn.Linear(4, 1)
        self.name = "net"
        self.register_buffer("steps", torch.zeros(1))

    def forward(self, x):
        return self.fc2(self.act(self.fc1(x)))


model = Net()
clone = copy.deepcopy(model)
print(clone)
print(type(clone).__name__, clone is model, clone.name, clone.steps)
pairs = list(zip(model.parameters(), clone.parameters()))
print(all(torch.equal(a, b) for a, b in pairs), any(a is b for a, b in pairs))
print([type(p).__name__ for p in clone.parameters()], [p.is_leaf for p in clone.parameters()])
print([n for n, _ in clone.named_parameters()], clone.training)
with torch.no_grad():
    clone.fc1.weight.fill_(0.5)
print(model.fc1.weight[0], clone.fc1.weight[0])
x = torch.tensor([[1.0, -2.0], [0.5, 0.25]])
print(model(x).shape, clone(x))
model.eval()
frozen = copy.deepcopy(model)
print(frozen.training, frozen.fc1.training)
model.train()

X = torch.linspace(-1, 1, 20).unsqueeze(1).repeat(1, 2)
y = X.sum(dim=1, keepdim=True) * 0.5 + 0.1
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loss_fn = nn.MSELoss()
best_loss, best_state, best_epoch = float("inf"), None, -1
for epoch in range(8):
    opt.zero_grad()
    loss = loss_fn(model(X), y)
    loss.backward()
    opt.step()
    if loss.item() < best_loss:
        best_loss, best_epoch = loss.item(), epoch
        best_state = copy.deepcopy(model.state_dict())
print(f"best epoch {best_epoch} loss {best_loss:.4f}")
print(type(best_state).__name__, list(best_state.keys()))
print(best_state["fc2.bias"], best_state["fc2.bias"].requires_grad)
with torch.no_grad():
    model.fc2.bias.add_(100.0)
print(best_state["fc2.bias"].item() == model.fc2.bias.item())
print(model.load_state_dict(best_state))
print(torch.equal(model.fc2.bias, best_state["fc2.bias"]))
opt_state = copy.deepcopy(opt.state_dict())
print(opt_state["param_groups"][0]["lr"], opt_state["param_groups"][0]["params"])

w = torch.ones(3, requires_grad=True)
(w * 2).sum().backward()
w2 = copy.deepcopy(w)
print(w2, w2.grad, w2.is_leaf, w2.requires_grad, w2.grad is w.grad)
ints = torch.arange(4)
print(copy.deepcopy(ints), copy.deepcopy(ints).dtype, copy.deepcopy(torch.tensor(2.5)))
both = copy.deepcopy({"a": w, "b": w})
print(both["a"] is both["b"], both["a"] is w)
shallow = copy.copy(w)
print(shallow is w, shallow.requires_grad, shallow.grad)
p = nn.Parameter(torch.zeros(2))
print(copy.deepcopy(p))
y = w * 3
try:
    copy.deepcopy(y)
except RuntimeError as e:
    print("RuntimeError:", e)
seq = nn.Sequential(nn.Linear(1, 1), nn.Tanh())
seq2 = copy.deepcopy(seq)
print(seq2, seq2[0].weight is seq[0].weight)
copy.deepcopy([w, model(X)])
