"""Regenerates Tests/EngineTests/Fixtures/engine-ops.json: elementwise ops, reductions,
broadcasting and their gradients in PyTorch 2.15 (float32 and float64, 0-d, 1-d, 2-d).

    /opt/torchenv/bin/python tools/reference/engine_ops.py

Each case names an op (implemented the same way in EngineOpsFixtureTests.swift), its
inputs (values, shape, dtype), the output (values, shape, dtype, grad_fn) and, for the
float inputs, the gradients of `out.sum()` (or of `out` when 0-d).
"""
import json
import math
import os

import torch

OPS = {
    "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b, "pow": lambda a, b: a ** b,
    "add_scalar": lambda a: a + 2.5, "rsub_scalar": lambda a: 1 - a, "mul_scalar": lambda a: a * 1.8,
    "rdiv_scalar": lambda a: 3 / a, "div_scalar": lambda a: a / 7, "pow2": lambda a: a ** 2,
    "pow3": lambda a: a ** 3, "pow_half": lambda a: a ** 0.5, "pow_neg1": lambda a: a ** -1,
    "pow_2_5": lambda a: a ** 2.5, "rpow": lambda a: 2 ** a, "neg": lambda a: -a,
    "sin": torch.sin, "cos": torch.cos, "exp": torch.exp, "log": torch.log, "sqrt": torch.sqrt,
    "abs": torch.abs, "sum": torch.sum, "mean": torch.mean,
    "mse": lambda a, b: torch.nn.functional.mse_loss(a, b),
    "l1": lambda a, b: torch.nn.functional.l1_loss(a, b),
    "chain": lambda a, b: ((a * b).sin() + (a - b) ** 2 / (b.abs() + 1)).mean(),
}


def num(x):
    if isinstance(x, float) and (math.isnan(x) or math.isinf(x)):
        return "nan" if math.isnan(x) else ("inf" if x > 0 else "-inf")
    return x


def flat(t):
    return [num(v) for v in t.detach().flatten().tolist()]


def case(op, inputs):
    tensors = []
    for values, shape, dtype in inputs:
        t = torch.tensor(values, dtype=getattr(torch, dtype)).reshape(shape)
        if t.is_floating_point():
            t.requires_grad_(True)
        tensors.append(t)
    out = OPS[op](*tensors)
    grads = []
    if out.requires_grad:
        (out if out.dim() == 0 else out.sum()).backward()
        grads = [flat(t.grad) if t.grad is not None else None for t in tensors]
    return {"op": op, "inputs": [{"values": v, "shape": s, "dtype": d} for v, s, d in inputs],
            "out": {"values": flat(out), "shape": list(out.shape), "dtype": str(out.dtype).replace("torch.", ""),
                    "grad_fn": type(out.grad_fn).__name__ if out.grad_fn else None},
            "grads": grads}


def main():
    g = torch.Generator().manual_seed(0)

    def rnd(*shape, lo=-3.0, hi=3.0):
        return ((torch.rand(*shape, generator=g) * (hi - lo)) + lo).flatten().tolist()

    cases = []
    for dtype in ["float32", "float64"]:
        for op in ["add", "sub", "mul", "div", "pow"]:
            lo = 0.1 if op == "pow" else -3.0
            cases.append(case(op, [(rnd(2, 3, lo=lo), [2, 3], dtype), (rnd(3, lo=0.5), [3], dtype)]))
            cases.append(case(op, [(rnd(1, lo=lo)[0], [], dtype), (rnd(4, lo=0.5), [4], dtype)]))
            cases.append(case(op, [(rnd(3, 1, lo=lo), [3, 1], dtype), (rnd(1, 2, lo=0.5), [1, 2], dtype)]))
        for op in ["add_scalar", "rsub_scalar", "mul_scalar", "rdiv_scalar", "div_scalar", "pow2", "pow3",
                   "pow_half", "pow_neg1", "pow_2_5", "rpow", "neg", "sin", "cos", "exp", "log", "sqrt",
                   "abs", "sum", "mean"]:
            positive = op in ("log", "sqrt", "pow_half", "pow_2_5")
            cases.append(case(op, [(rnd(2, 4, lo=0.2 if positive else -3.0), [2, 4], dtype)]))
            cases.append(case(op, [(rnd(1, lo=0.2 if positive else -3.0)[0], [], dtype)]))
        for op in ["mse", "l1", "chain"]:
            cases.append(case(op, [(rnd(5), [5], dtype), (rnd(5), [5], dtype)]))
    # Integer tensors with Python numbers and true division.
    cases.append(case("mul_scalar", [([1, 2, 3], [3], "int64")]))
    cases.append(case("div_scalar", [([1, 2, 3], [3], "int64")]))
    cases.append(case("pow2", [([1, -2, 3], [3], "int64")]))
    cases.append(case("add", [([1, 2, 3], [3], "int64"), (rnd(3), [3], "float32")]))
    cases.append(case("mul", [([1.5], [], "float64"), (rnd(3), [3], "float32")]))
    # Full reductions of several sizes: PyTorch's cascade summation, compared bit for bit.
    sums = []
    for dtype in ["float32", "float64"]:
        for n in [3, 8, 10, 17, 64, 100, 1000, 4099]:
            values = ((torch.rand(n, generator=g, dtype=torch.float64) - 0.5) * 200).to(getattr(torch, dtype))
            sums.append({"dtype": dtype, "values": values.tolist(), "sum": values.sum().item(),
                         "mean": values.mean().item()})
    root = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "EngineTests", "Fixtures")
    with open(os.path.join(root, "engine-ops.json"), "w") as f:
        json.dump({"torch": torch.__version__, "cases": cases, "sums": sums}, f, separators=(",", ":"))


if __name__ == "__main__":
    main()
