# optimizer state tensors are shared as torch shares them: state_dict() hands out the state's
# own tensors (step included), and load_state_dict adopts the loaded ones, so a saved dict
# and every optimizer that loaded it see later steps
import torch


def run(make, **kw):
    p = torch.nn.Parameter(torch.tensor([1.0, -2.0]))
    opt = make([p], **kw)
    p.sum().backward()
    opt.step()
    sd = opt.state_dict()
    q = torch.nn.Parameter(torch.tensor([1.0, -2.0]))
    opt2 = make([q], **kw)
    opt2.load_state_dict(sd)
    q.sum().backward()
    opt2.step()
    print(type(opt).__name__, sd["state"][0])
    print(opt.state_dict()["state"][0]["step"], opt2.state_dict()["state"][0]["step"] is sd["state"][0]["step"])
    later = opt2.state_dict()
    opt2.step()
    print(later["state"][0]["step"], sd["state"][0]["step"], q)


run(torch.optim.Adam, lr=0.1)
run(torch.optim.AdamW, lr=0.1, amsgrad=True)
run(torch.optim.RMSprop, lr=0.01, centered=True)
run(torch.optim.Adagrad, lr=0.1)
run(torch.optim.Adamax, lr=0.1)
run(torch.optim.NAdam, lr=0.1)
run(torch.optim.RAdam, lr=0.1)
run(torch.optim.Adadelta, lr=0.5)

# a step saved as a number (or another dtype) is taken as a new float32 tensor
p = torch.nn.Parameter(torch.tensor([0.5]))
opt = torch.optim.Adam([p], lr=0.1)
p.sum().backward()
opt.step()
sd = opt.state_dict()
sd["state"][0]["step"] = torch.tensor(4.0)
opt.load_state_dict(sd)
opt.step()
print(sd["state"][0]["step"], opt.state_dict()["state"][0]["step"], p)
