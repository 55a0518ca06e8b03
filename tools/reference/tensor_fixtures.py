"""Record torch 2.15's float32 results for the engine's tensor-op fixture test.

Writes Tests/EngineTests/Fixtures/tensor-ops.json: random float32 inputs (as uint32 bit
patterns, so they round-trip exactly) and torch's outputs for
  mm       A @ B
  linear   torch.nn.functional.linear(A, W, b)  (addmm with a transposed weight)
  lineargrad  the gradients of linear(A, W, b).sum() w.r.t. W and b (mm backward layouts,
           bias gradient summed over dim 0)
  mv, dot  matrix-vector and vector-vector products
  sum, mean   reductions over one dim of 1..3-d tensors (ATen's inner/outer orders)
Matrix products are MKL's sgemm/sgemv/sdot results on the recording host; the engine calls
the same MKL functions with the same layouts (the test asserts bit equality only with the
MKL backend on an Intel host, as this file was recorded on one).

Run from the repository root:  /opt/torchenv/bin/python tools/reference/tensor_fixtures.py
"""

import json
import os
import platform

import numpy as np
import torch

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "Tests", "EngineTests", "Fixtures", "tensor-ops.json")


def bits(t):
    return [int(v) for v in t.detach().contiguous().numpy().astype(np.float32).view(np.uint32).reshape(-1)]


def vendor():
    """The CPU vendor id (GenuineIntel, AuthenticAMD), as the tests' HostCPU.vendor reads it."""
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("vendor_id"):
                return line.split(":", 1)[1].strip()
    return platform.machine()


def main():
    torch.manual_seed(1234)
    cases = []
    for _ in range(40):
        m, k, n = [int(v) for v in torch.randint(1, 24, (3,))]
        a = torch.randn(m, k)
        b = torch.randn(k, n)
        w = torch.randn(n, k, requires_grad=True)
        bias = torch.randn(n, requires_grad=True)
        cases.append({"op": "mm", "shapes": [[m, k], [k, n]], "inputs": [bits(a), bits(b)], "output": bits(a @ b)})
        out = torch.nn.functional.linear(a, w, bias)
        cases.append({"op": "linear", "shapes": [[m, k], [n, k], [n]], "inputs": [bits(a), bits(w), bits(bias)], "output": bits(out)})
        out.sum().backward()
        cases.append({"op": "lineargrad", "shapes": [[m, k], [n, k], [n]], "inputs": [bits(a), bits(w), bits(bias)],
                      "output": bits(w.grad) + bits(bias.grad)})
        v = torch.randn(k)
        cases.append({"op": "mv", "shapes": [[m, k], [k]], "inputs": [bits(a), bits(v)], "output": bits(torch.mv(a, v))})
        u = torch.randn(k)
        cases.append({"op": "dot", "shapes": [[k], [k]], "inputs": [bits(u), bits(v)], "output": bits(torch.dot(u, v))})
    for _ in range(60):
        rank = int(torch.randint(1, 4, ()))
        shape = [int(v) for v in torch.randint(1, 40 if rank < 3 else 16, (rank,))]
        x = torch.randn(shape) * 3
        dim = int(torch.randint(0, rank, ()))
        cases.append({"op": "sum", "shapes": [shape], "dim": dim, "inputs": [bits(x)], "output": bits(x.sum(dim))})
        cases.append({"op": "mean", "shapes": [shape], "dim": dim, "inputs": [bits(x)], "output": bits(x.mean(dim))})
    with open(OUT, "w") as f:
        json.dump({"torch": torch.__version__, "vendor": vendor(), "cases": cases}, f)
    print(f"{len(cases)} cases -> {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
