# torch's exact messages for small API misuses: cat/stack of nothing, optimizer.load_state_dict
# of a non-dict or an incomplete dict, and random_split's warning for an empty split
import torch
from torch.utils.data import TensorDataset, random_split


def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e, e.args)


err(lambda: torch.cat([]))
err(lambda: torch.cat(()))
err(lambda: torch.concat([], dim=0))
err(lambda: torch.stack([]))

p = torch.nn.Parameter(torch.ones(2))
opt = torch.optim.SGD([p], lr=0.1)
err(lambda: opt.load_state_dict(5))
err(lambda: opt.load_state_dict(None))
err(lambda: opt.load_state_dict("state"))
err(lambda: opt.load_state_dict([1, 2]))
err(lambda: opt.load_state_dict({}))
err(lambda: opt.load_state_dict({"state": {}}))
err(lambda: opt.load_state_dict({"param_groups": [{"lr": 0.5, "params": [0]}]}))
err(lambda: opt.load_state_dict({"state": {}, "param_groups": []}))
try:
    opt.load_state_dict({"state": {}})
except KeyError as e:
    print(repr(e), e.args[0] == "param_groups")

ds = TensorDataset(torch.arange(5))
torch.manual_seed(0)
print([len(s) for s in random_split(ds, [0.5, 0.5, 0.0])])
print([len(s) for s in random_split(ds, [0.1, 0.1, 0.8])])
print([len(s) for s in random_split(ds, [0.0, 0.0, 1.0])])
print([len(s) for s in random_split(ds, [5, 0])])
for _ in range(2):
    parts = random_split(ds, [0.1, 0.9])
print([list(s.indices) for s in parts])
err(lambda: opt.load_state_dict({"param_groups": []}))
err(lambda: opt.load_state_dict({"param_groups": [{"lr": 0.5, "params": [0, 1]}], "state": {}}))
