import torch
from torch import nn
import torch.nn.functional as F
from collections import OrderedDict
torch.manual_seed(2024)
lin = nn.Linear(4, 2)
print(lin.weight, lin.bias)
class MLP(nn.Module):
    def __init__(self, sizes, p=0.2):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(a, b) for a, b in zip(sizes, sizes[1:])])
        self.drop = nn.Dropout(p)
        self.act = nn.GELU()
        self.scale = nn.Parameter(torch.ones(1))
        self.register_buffer("steps", torch.zeros(1))
    def forward(self, x):
        for i, layer in enumerate(self.layers):
            x = layer(x)
            if i < len(self.layers) - 1:
                x = self.drop(self.act(x))
        return x * self.scale
    def extra_repr(self):
        return "custom=True"
m = MLP([3, 5, 5, 2])
print(m)
print([n for n, _ in m.named_parameters()])
print(sum(p.numel() for p in m.parameters() if p.requires_grad))
print(list(m.state_dict().keys()))
print(m.state_dict()["steps"])
print([type(c).__name__ for c in m.children()], len(list(m.modules())))
x = torch.randn(4, 3)
m.train(); a = m(x)
m.eval(); b = m(x); c = m(x)
print(m.training, torch.equal(b, c), a.shape)
def init_weights(mod):
    if isinstance(mod, nn.Linear):
        nn.init.xavier_uniform_(mod.weight)
        nn.init.zeros_(mod.bias)
m.apply(init_weights)
print(m.layers[0].weight)
seq = nn.Sequential(OrderedDict([("fc1", nn.Linear(2, 3)), ("relu", nn.ReLU()), ("fc2", nn.Linear(3, 1))]))
print(seq, seq.fc1, seq[0], len(seq), seq[-1])
print(nn.Sequential(nn.Flatten(), nn.Linear(4, 3), nn.LeakyReLU(0.1), nn.Tanh(), nn.Sigmoid(), nn.Softmax(dim=1), nn.LogSoftmax(dim=1), nn.Identity()))
sd = m.state_dict()
m2 = MLP([3, 5, 5, 2])
print(m2.load_state_dict(sd))
logits = torch.randn(5, 4)
target = torch.tensor([0, 3, 1, 1, 2])
print(nn.CrossEntropyLoss()(logits, target), nn.CrossEntropyLoss(label_smoothing=0.1)(logits, target), nn.CrossEntropyLoss(reduction="none")(logits, target))
print(F.nll_loss(F.log_softmax(logits, dim=1), target), nn.NLLLoss(reduction="sum")(F.log_softmax(logits, 1), target))
probs = torch.softmax(torch.randn(5, 4), dim=1)
print(F.cross_entropy(logits, probs))
yb = torch.tensor([1.0, 0.0, 1.0])
zb = torch.tensor([0.3, -1.2, 2.0])
print(nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0]))(zb, yb), nn.BCELoss()(torch.sigmoid(zb), yb), nn.HuberLoss(delta=0.5)(zb, yb), nn.L1Loss(reduction="sum")(zb, yb), nn.MSELoss(reduction="none")(zb, yb))
w = torch.empty(3, 5)
for f in [nn.init.uniform_, nn.init.normal_, nn.init.xavier_normal_, nn.init.kaiming_uniform_, nn.init.kaiming_normal_, nn.init.ones_]:
    f(w); print(f.__name__, w[0])
nn.init.constant_(w, 0.3); print(w.sum())
nn.init.kaiming_normal_(w, mode="fan_out", nonlinearity="relu"); print(w[1])
opt = torch.optim.Adam([{"params": m.layers[0].parameters(), "lr": 1e-2}, {"params": m.layers[1:].parameters()}], lr=1e-3)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)
loss = F.mse_loss(m(x), torch.zeros(4, 2))
loss.backward(); opt.step(); opt.zero_grad()
print(opt.state_dict()["param_groups"])
print(opt)
sched.step(); print(sched.get_last_lr())
m.requires_grad_(False)
print(all(not p.requires_grad for p in m.parameters()))
m.zero_grad()
print(m.layers[0].weight.grad)
