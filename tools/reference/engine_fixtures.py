"""Regenerates the Engine's PyTorch reference fixtures.

Run from the repository root with PyTorch 2.15 (CPU, x86-64, MKL):

    /opt/torchenv/bin/python tools/reference/engine_fixtures.py

Writes into Tests/EngineTests/Fixtures/:
  - engine-runs.json: descent runs (the seed lesson's `train` epoch) for every optimizer
    with several option combinations and every scheduler, on all built-in surfaces,
    several starts and epoch counts, including runs that diverge to inf/NaN.
  - engine-surfaces.json: value and gradients of each built-in surface at sample points,
    the grad_fn name of the loss, and a float32 contour grid (meshgrid of linspaces).
Non-finite floats are written as the strings "nan", "inf", "-inf".
"""
import json
import math
import os

import torch

SURFACES = {
    "sin": lambda w1, w2: (torch.sin(w2) * torch.exp(1 - torch.cos(w1)) ** 2
                           + torch.cos(w1) * torch.exp(1 - torch.sin(w2)) ** 2
                           + (w1 - w2) ** 2),
    "reg": lambda w1, w2: w1**2 + w2**2 + 1.8 * w1 * w2,
    "rosenbrock": lambda w1, w2: (1 - w1)**2 + 100*(w2 - w1**2)**2,
    "himmelblau": lambda w1, w2: (w1**2 + w2 - 11)**2 + (w1 + w2**2 - 7)**2,
    "beale": lambda w1, w2: (1.5 - w1 + w1*w2)**2 + (2.25 - w1 + w1*w2**2)**2 + (2.625 - w1 + w1*w2**3)**2,
    "booth": lambda w1, w2: (w1 + 2*w2 - 7)**2 + (2*w1 + w2 - 5)**2,
}

STARTS = {
    "sin": [(-12.0, 10.0), (-6.5, 4.5)],
    "reg": [(-4.5, -2.0), (3.0, 4.0)],
    "rosenbrock": [(-1.5, 2.0), (0.0, 0.0)],
    "himmelblau": [(0.0, 0.0), (-4.0, 4.0)],
    "beale": [(1.0, 1.0), (-1.0, -1.5)],
    "booth": [(-8.0, 8.0), (0.0, 0.0)],
}


def num(x):
    if isinstance(x, bool) or x is None or isinstance(x, str):
        return x
    if isinstance(x, float):
        if math.isnan(x):
            return "nan"
        if math.isinf(x):
            return "inf" if x > 0 else "-inf"
    return x


def clean(v):
    if isinstance(v, (list, tuple)):
        return [clean(x) for x in v]
    if isinstance(v, dict):
        return {k: clean(x) for k, x in v.items()}
    return num(v)


def build_scheduler(spec, optimizer):
    params = dict(spec["params"])
    if "schedulers" in params:
        params["schedulers"] = [build_scheduler(s, optimizer) for s in params["schedulers"]]
    cls = getattr(torch.optim.lr_scheduler, spec["name"])
    if spec["name"] == "ChainedScheduler":
        return cls(params.pop("schedulers"), optimizer=optimizer, **params)
    return cls(optimizer, **params)


def train(loss_name, start, epochs, optimizer, scheduler):
    loss_fn = SURFACES[loss_name]
    w1 = torch.tensor(start[0], requires_grad=True)
    w2 = torch.tensor(start[1], requires_grad=True)
    params = dict(optimizer["params"])
    if "betas" in params:
        params["betas"] = tuple(params["betas"])
    opt = getattr(torch.optim, optimizer["name"])(params=[w1, w2], **params)
    sched = build_scheduler(scheduler, opt) if scheduler else None
    rows, lrs = [], []
    for epoch in range(1, epochs + 1):
        opt.zero_grad()
        a, b = w1.item(), w2.item()
        loss = loss_fn(w1, w2)
        loss.backward()
        opt.step()
        if sched is not None:
            if isinstance(sched, torch.optim.lr_scheduler.ReduceLROnPlateau):
                sched.step(loss)
            else:
                sched.step()
        rows.append([epoch, a, b, loss.item()])
        lrs.append(opt.param_groups[0]["lr"])
    return rows, lrs


OPTIMIZERS = [
    ("SGD", {"lr": 0.01}), ("SGD", {"lr": 0.01, "momentum": 0.9}),
    ("SGD", {"lr": 0.01, "momentum": 0.9, "nesterov": True}),
    ("SGD", {"lr": 0.01, "momentum": 0.5, "dampening": 0.3}),
    ("SGD", {"lr": 0.01, "weight_decay": 0.1}), ("SGD", {"lr": 0.001, "maximize": True}),
    ("RMSprop", {"lr": 0.01}), ("RMSprop", {"lr": 0.01, "alpha": 0.9, "eps": 1e-6}),
    ("RMSprop", {"lr": 0.01, "momentum": 0.9}), ("RMSprop", {"lr": 0.01, "centered": True}),
    ("RMSprop", {"lr": 0.01, "centered": True, "momentum": 0.5, "weight_decay": 0.01}),
    ("Adam", {"lr": 0.1}), ("Adam", {"lr": 0.1, "betas": [0.8, 0.99]}), ("Adam", {"lr": 0.1, "amsgrad": True}),
    ("Adam", {"lr": 0.1, "weight_decay": 0.1}), ("Adam", {"lr": 0.05, "maximize": True}),
    ("Adam", {"lr": 0.1, "weight_decay": 0.1, "decoupled_weight_decay": True}),
    ("AdamW", {"lr": 0.1}), ("AdamW", {"lr": 0.1, "weight_decay": 0.5, "amsgrad": True}),
    ("Adagrad", {"lr": 0.5}),
    ("Adagrad", {"lr": 0.5, "lr_decay": 0.01, "initial_accumulator_value": 0.1, "weight_decay": 0.01}),
    ("Adagrad", {"lr": 0.5, "eps": 1e-6}),
    ("Adadelta", {}), ("Adadelta", {"lr": 2.0, "rho": 0.8, "eps": 1e-4, "weight_decay": 0.01}),
    ("Adamax", {"lr": 0.1}), ("Adamax", {"lr": 0.1, "betas": [0.7, 0.9], "weight_decay": 0.01}),
    ("NAdam", {"lr": 0.1}), ("NAdam", {"lr": 0.1, "momentum_decay": 0.01, "weight_decay": 0.01}),
    ("NAdam", {"lr": 0.1, "weight_decay": 0.1, "decoupled_weight_decay": True}),
    ("RAdam", {"lr": 0.1}), ("RAdam", {"lr": 0.1, "weight_decay": 0.1, "decoupled_weight_decay": True}),
    ("RAdam", {"lr": 0.1, "weight_decay": 0.05}),
]

SCHEDULERS = [
    ({"name": "StepLR", "params": {"step_size": 5, "gamma": 0.5}}, ("SGD", {"lr": 0.01, "momentum": 0.9})),
    ({"name": "MultiStepLR", "params": {"milestones": [3, 7, 7], "gamma": 0.5}}, ("SGD", {"lr": 0.01})),
    ({"name": "ExponentialLR", "params": {"gamma": 0.9}}, ("Adam", {"lr": 0.2})),
    ({"name": "CosineAnnealingLR", "params": {"T_max": 10}}, ("SGD", {"lr": 0.01, "momentum": 0.9})),
    ({"name": "CosineAnnealingLR", "params": {"T_max": 7, "eta_min": 0.001}}, ("Adam", {"lr": 0.1})),
    ({"name": "ReduceLROnPlateau", "params": {"patience": 0, "factor": 0.8}}, ("SGD", {"lr": 0.04})),
    ({"name": "ReduceLROnPlateau", "params": {"mode": "max", "factor": 0.5, "patience": 2, "cooldown": 2,
                                              "min_lr": 0.001}}, ("RMSprop", {"lr": 0.05})),
    ({"name": "ReduceLROnPlateau", "params": {"threshold_mode": "abs", "threshold": 0.5, "patience": 1,
                                              "factor": 0.5, "eps": 1e-3}}, ("Adam", {"lr": 0.3})),
    ({"name": "LinearLR", "params": {"start_factor": 0.1, "total_iters": 10}}, ("SGD", {"lr": 0.01})),
    ({"name": "ConstantLR", "params": {"factor": 0.5, "total_iters": 4}}, ("Adam", {"lr": 0.1})),
    ({"name": "PolynomialLR", "params": {"total_iters": 10, "power": 2.0}}, ("SGD", {"lr": 0.01, "momentum": 0.8})),
    ({"name": "OneCycleLR", "params": {"max_lr": 0.05, "total_steps": 40}}, ("SGD", {"lr": 0.01, "momentum": 0.9})),
    ({"name": "OneCycleLR", "params": {"max_lr": 0.3, "total_steps": 40, "anneal_strategy": "linear",
                                       "three_phase": True}}, ("Adam", {"lr": 0.1})),
    ({"name": "CosineAnnealingWarmRestarts", "params": {"T_0": 5, "T_mult": 2, "eta_min": 0.001}},
     ("SGD", {"lr": 0.02, "momentum": 0.5})),
    ({"name": "SequentialLR", "params": {"schedulers": [
        {"name": "LinearLR", "params": {"start_factor": 0.1, "total_iters": 10}},
        {"name": "CosineAnnealingLR", "params": {"T_max": 70}}], "milestones": [10]}},
     ("SGD", {"lr": 0.03, "momentum": 0.6})),
    ({"name": "ChainedScheduler", "params": {"schedulers": [
        {"name": "ConstantLR", "params": {"factor": 0.5, "total_iters": 5}},
        {"name": "ExponentialLR", "params": {"gamma": 0.95}}]}}, ("Adam", {"lr": 0.2})),
]


def runs():
    cases = []
    surfaces = list(SURFACES)
    for i, (name, params) in enumerate(OPTIMIZERS):
        loss = surfaces[i % len(surfaces)]
        start = STARTS[loss][(i // len(surfaces)) % 2]
        epochs = [25, 40, 60][i % 3]
        cases.append({"id": f"opt-{i:02d}-{name}", "loss": loss, "init": list(start), "epochs": epochs,
                      "optimizer": {"name": name, "params": params}, "scheduler": None})
    for i, (spec, (name, params)) in enumerate(SCHEDULERS):
        loss = ["reg", "booth", "sin", "himmelblau"][i % 4]
        start = STARTS[loss][0]
        epochs = 80 if spec["name"] == "SequentialLR" else 40
        cases.append({"id": f"sched-{i:02d}-{spec['name']}", "loss": loss, "init": list(start), "epochs": epochs,
                      "optimizer": {"name": name, "params": params}, "scheduler": spec})
    # Divergent runs keep going through inf and NaN.
    cases.append({"id": "diverge-sgd-rosenbrock", "loss": "rosenbrock", "init": [-1.5, 2.0], "epochs": 30,
                  "optimizer": {"name": "SGD", "params": {"lr": 0.1}}, "scheduler": None})
    cases.append({"id": "diverge-sgd-momentum-beale", "loss": "beale", "init": [3.0, 3.0], "epochs": 30,
                  "optimizer": {"name": "SGD", "params": {"lr": 0.05, "momentum": 0.9}}, "scheduler": None})
    cases.append({"id": "diverge-plateau-reg", "loss": "reg", "init": [-4.5, -2.0], "epochs": 40,
                  "optimizer": {"name": "SGD", "params": {"lr": 1.2}},
                  "scheduler": {"name": "ReduceLROnPlateau", "params": {"patience": 1, "factor": 0.9}}})
    for c in cases:
        rows, lrs = train(c["loss"], c["init"], c["epochs"], c["optimizer"], c["scheduler"])
        c["rows"] = rows
        c["lr"] = lrs
    return cases


def surfaces():
    out = []
    points = [(-2.0, 1.5), (0.5, -0.25), (3.0, 2.0), (-12.0, 10.0), (1.25, 0.75)]
    windows = {"sin": [-14, 0, -6, 12], "reg": [-5, 5, -5, 5], "rosenbrock": [-2, 2, -1, 3],
               "himmelblau": [-5, 5, -5, 5], "beale": [-4.5, 4.5, -4.5, 4.5], "booth": [-10, 10, -10, 10]}
    for name, fn in SURFACES.items():
        samples = []
        for a, b in points:
            w1 = torch.tensor(a, requires_grad=True)
            w2 = torch.tensor(b, requires_grad=True)
            loss = fn(w1, w2)
            loss.backward()
            samples.append({"w1": a, "w2": b, "loss": loss.item(), "grad_fn": type(loss.grad_fn).__name__,
                            "grad_w1": w1.grad.item(), "grad_w2": w2.grad.item()})
        x0, x1, y0, y1 = windows[name]
        n = 40
        X, Y = torch.meshgrid(torch.linspace(x0, x1, n), torch.linspace(y0, y1, n), indexing="ij")
        Z = fn(X, Y)
        out.append({"name": name, "samples": samples, "window": windows[name], "steps": n,
                    "xs": torch.linspace(x0, x1, n).tolist(), "z": Z.flatten().tolist()})
    linspaces = []
    for (a, b, n) in [(-14, 0, 100), (-6, 12, 100), (-5, 5, 100), (0, 1, 7), (-1.5, 2.25, 33), (3, -3, 50)]:
        linspaces.append({"start": a, "end": b, "steps": n, "values": torch.linspace(a, b, n).tolist()})
    return {"surfaces": out, "linspace": linspaces}


def main():
    root = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "EngineTests", "Fixtures")
    meta = {"torch": torch.__version__, "dtype": "float32"}
    with open(os.path.join(root, "engine-runs.json"), "w") as f:
        json.dump(clean({**meta, "cases": runs()}), f, separators=(",", ":"))
    with open(os.path.join(root, "engine-surfaces.json"), "w") as f:
        json.dump(clean({**meta, **surfaces()}), f, separators=(",", ":"))


if __name__ == "__main__":
    main()
