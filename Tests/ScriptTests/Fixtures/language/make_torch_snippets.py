# Generates language/torch_snippets.json: torch snippets run under CPython 3.11 + torch (the project venv),
# with stdout and the traceback's last line.
# Run: /opt/torchenv/bin/python Tests/ScriptTests/Fixtures/language/make_torch_snippets.py > Tests/ScriptTests/Fixtures/language/torch_snippets.json
import json, subprocess, sys
snips = {
 "schedulers_lr_sequence": """import torch
from torch.optim import lr_scheduler
w = torch.tensor(1.0, requires_grad=True)
for make in [lambda o: lr_scheduler.StepLR(o, step_size=2, gamma=0.5),
             lambda o: lr_scheduler.MultiStepLR(o, milestones=[1, 3], gamma=0.1),
             lambda o: lr_scheduler.ExponentialLR(o, gamma=0.9),
             lambda o: lr_scheduler.CosineAnnealingLR(o, T_max=4),
             lambda o: lr_scheduler.LinearLR(o, start_factor=0.25, total_iters=3),
             lambda o: lr_scheduler.ConstantLR(o, factor=0.5, total_iters=2),
             lambda o: lr_scheduler.SequentialLR(o, schedulers=[lr_scheduler.LinearLR(o, start_factor=0.1, total_iters=2), lr_scheduler.ExponentialLR(o, gamma=0.5)], milestones=[2])]:
    opt = torch.optim.SGD([w], lr=0.1)
    s = make(opt)
    lrs = []
    for _ in range(5):
        opt.step()
        s.step()
        lrs.append(round(s.get_last_lr()[0], 6))
    print(type(s).__name__, lrs, s.last_epoch)
""",
 "plateau_training": """import torch
w = torch.tensor([2.0, -1.0], requires_grad=True)
opt = torch.optim.Adam([w], lr=0.3)
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, patience=1, factor=0.5)
for epoch in range(12):
    opt.zero_grad()
    loss = ((w - 1) ** 2).sum()
    loss.backward()
    opt.step()
    sched.step(loss)
    print(f"{epoch:2d} {loss.item():.6f} {opt.param_groups[0]['lr']:.4f} {w}")
""",
 "invalid_lr": "import torch\nw = torch.tensor(1.0, requires_grad=True)\nopt = torch.optim.SGD([w], lr=-0.1)\n",
 "inplace_leaf": "import torch\nw = torch.tensor(1.0, requires_grad=True)\nw -= 0.1\n",
 "item_many": "import torch\nprint(torch.tensor([1.0, 2.0]).item())\n",
 "grad_none_zero": "import torch\nw = torch.tensor(1.0, requires_grad=True)\nw.grad.zero_()\n",
 "bool_ambiguous": "import torch\nif torch.tensor([1.0, 2.0]) > 0:\n    print('x')\n",
 "shape_mismatch": "import torch\nprint(torch.ones(2) + torch.ones(3))\n",
 "unknown_optimizer": "import torch\nopt = torch.optim.SDG([torch.tensor(1.0, requires_grad=True)], lr=0.1)\n",
 "optimizer_bad_kwarg": "import torch\nopt = torch.optim.SGD([torch.tensor(1.0, requires_grad=True)], lrr=0.1)\n",
 "no_grad_training_loop": """import torch
x = torch.linspace(-2, 2, 9)
y = 3 * x - 1
w = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
for step in range(40):
    pred = w * x + b
    loss = torch.nn.functional.mse_loss(pred, y)
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
        b -= 0.1 * b.grad
        w.grad.zero_()
        b.grad.zero_()
    if step % 10 == 9:
        print(step, f"{loss:.5f}", w, b, loss.grad_fn is not None, w.requires_grad)
print(torch.is_tensor(w), isinstance(w, torch.Tensor), w.shape, w.dtype, w.detach().requires_grad)
""",
 "tensor_setitem_floordiv": """import torch
x = torch.zeros(2, 3)
x[0] = 1.5
x[1, 2] = 7
x[:, 0] = torch.tensor([9.0, 8.0])
y = torch.arange(5)
y[1:3] = 0
print(x, y, y // 2, y % 3, torch.tensor([-1.5, 2.5]) // 1, torch.tensor([-1.5, 2.5]) % 2)
w = torch.ones(2, requires_grad=True)
with torch.no_grad():
    w[0] = 3
print(w)
w[1] = 2
""",
 "decorators_no_grad": """import torch
def twice(f):
    def wrapper(*args, **kwargs):
        return 2 * f(*args, **kwargs)
    return wrapper

@twice
def square(x):
    return x * x

@torch.no_grad()
def evaluate(w):
    return w * 3

w = torch.tensor(2.0, requires_grad=True)
print(square(3), evaluate(w), (w * 3).requires_grad, evaluate(w).requires_grad)
""",
 "data_aliases_storage": """import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w * w).sum()
loss.backward()
w.data.sub_(0.1 * w.grad)
print(w, w.grad)
w.grad.data.zero_()
print(w.grad)
d = w.data
d += 1
print(w, d, d.requires_grad, w.data is w.data)
w.data[0] = 5.0
print(w)
w.data = torch.tensor([0.5, 0.25])
print(w, w.is_leaf, w.data.requires_grad)
""",
 "class_names": """import torch
opt = torch.optim.RMSprop([torch.tensor(1.0, requires_grad=True)], lr=0.01)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=3)
print(opt.__class__.__name__, sched.__class__.__name__, type(sched).__name__, (1.5).__class__, [].__class__.__name__)
""",
 "step_with_closure": """import torch
w = torch.tensor(3.0, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
def closure():
    opt.zero_grad()
    loss = (w - 1) ** 2
    loss.backward()
    return loss
for _ in range(3):
    with torch.no_grad():
        loss = opt.step(closure)
    print(loss, w)
""",
 "reductions_functions": """import torch
t = torch.tensor([[1.5, -2.0], [3.25, 0.5]])
print(torch.max(t), torch.min(t), torch.argmax(t), torch.argmin(t), torch.square(t), torch.numel(t), t.max().item())
""",
 "l1_and_sum_reduction": """import torch
a = torch.tensor([1.0, -2.0, 3.5])
b = torch.tensor([0.5, 0.0, 3.0], requires_grad=True)
print(torch.nn.L1Loss()(a, b), torch.nn.MSELoss(reduction='sum')(a, b), torch.nn.functional.l1_loss(a, b, reduction='none'))
""",
}
out = {}
for k, src in snips.items():
    r = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True)
    out[k] = {"source": src, "stdout": r.stdout, "stderr_last": (r.stderr.strip().splitlines() or [""])[-1] if r.returncode else ""}
print(json.dumps(out, indent=1))
