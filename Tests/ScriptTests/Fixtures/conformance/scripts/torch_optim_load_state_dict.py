import torch
from torch import nn

torch.manual_seed(3)
X = torch.randn(32, 3)
y = X @ torch.tensor([[1.5], [-2.0], [0.7]]) + 0.3


def train(model, opt, steps):
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(X), y)
        loss.backward()
        opt.step()
    return loss.item()


for name, make in [("SGD", lambda ps: torch.optim.SGD(ps, lr=0.05, momentum=0.9)),
                   ("Adam", lambda ps: torch.optim.Adam(ps, lr=0.05)),
                   ("AdamW", lambda ps: torch.optim.AdamW(ps, lr=0.05, amsgrad=True)),
                   ("RMSprop", lambda ps: torch.optim.RMSprop(ps, lr=0.01, momentum=0.5, centered=True)),
                   ("Adagrad", lambda ps: torch.optim.Adagrad(ps, lr=0.1)),
                   ("Adadelta", lambda ps: torch.optim.Adadelta(ps)),
                   ("Adamax", lambda ps: torch.optim.Adamax(ps, lr=0.05)),
                   ("NAdam", lambda ps: torch.optim.NAdam(ps, lr=0.05)),
                   ("RAdam", lambda ps: torch.optim.RAdam(ps, lr=0.05))]:
    torch.manual_seed(0)
    model = nn.Linear(3, 1)
    opt = make(model.parameters())
    train(model, opt, 5)
    sd = opt.state_dict()
    # a fresh model and optimizer resumed from the checkpoint go on as the original would
    torch.manual_seed(0)
    straight = nn.Linear(3, 1)
    straight_opt = make(straight.parameters())
    a = train(straight, straight_opt, 10)
    model2 = nn.Linear(3, 1)
    model2.load_state_dict(model.state_dict())
    opt2 = make(model2.parameters())
    opt2.load_state_dict(sd)
    b = train(model2, opt2, 5)
    print(name, repr(a), repr(b), torch.equal(straight.weight, model2.weight))
    print(sorted(opt2.state_dict()["state"][0].keys()), opt2.state_dict()["param_groups"][0]["params"])

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.Adam(model.parameters(), lr=0.05)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
train(model, opt, 3)
sched.step(); sched.step(); sched.step()
sd = opt.state_dict()
print(sd["param_groups"])
opt2 = torch.optim.Adam(nn.Linear(3, 1).parameters(), lr=1.0)
opt2.load_state_dict(sd)
print(opt2.param_groups[0]["lr"], opt2.param_groups[0]["initial_lr"], opt2.state_dict()["state"][1]["step"])
sd["state"][0]["exp_avg"].zero_()
print(opt2.state_dict()["state"][0]["exp_avg"])
print(opt)
print(opt2)
two = torch.optim.SGD([{"params": [model.weight]}, {"params": [model.bias], "lr": 0.5}], lr=0.1)
try:
    opt2.load_state_dict(two.state_dict())
except ValueError as e:
    print(e)
three = torch.optim.Adam([model.weight], lr=0.1)
three.load_state_dict(sd)
