"""Record torch 2.15's float32 layer norm and batch norm results for the engine's fixture test.

Writes Tests/EngineTests/Fixtures/normalization.json: random float32 inputs (as uint32 bit
patterns, so they round-trip exactly) and torch's outputs, for
  layer_norm   F.layer_norm(x, (n,), w, b) on (rows, n) inputs, with and without weight and
               bias: the output and the gradients of x, w, b for a random output gradient
  batch_norm   F.batch_norm(x, running_mean, running_var, w, b, training, 0.1) on (N, C) and
               (N, C, L) inputs, training and eval: the output, the running buffers after the
               call, and the gradients of x, w, b for a random output gradient
One torch thread, as the conformance scripts run. None of these numbers depends on MKL.

Run from the repository root:  /opt/torchenv/bin/python tools/reference/normalization_fixtures.py
"""

import json
import os

import numpy as np
import torch

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "Tests", "EngineTests", "Fixtures", "normalization.json")


def bits(t):
    return [int(v) for v in t.detach().contiguous().numpy().astype(np.float32).view(np.uint32).reshape(-1)]


def main():
    torch.set_num_threads(1)
    torch.manual_seed(2026)
    cases = []
    for i in range(48):
        rows = int(torch.randint(1, 5, ()))
        n = [3, 5, 8, 12, 16, 17, 24, 31, 40, 64, 100, 257][i % 12]
        x = (torch.randn(rows, n) * float(torch.rand(()) * 4 + 0.1) + float(torch.randn(()) * 2)).requires_grad_()
        affine = i % 3 != 2
        w = torch.randn(n, requires_grad=True) if affine else None
        b = torch.randn(n, requires_grad=True) if affine and i % 3 == 0 else None
        dy = torch.randn(rows, n)
        y = torch.nn.functional.layer_norm(x, (n,), w, b, 1e-5)
        y.backward(dy)
        cases.append({"op": "layer_norm", "shape": [rows, n], "x": bits(x), "dy": bits(dy),
                      "w": bits(w) if w is not None else None, "b": bits(b) if b is not None else None,
                      "y": bits(y), "dx": bits(x.grad),
                      "dw": bits(w.grad) if w is not None else None, "db": bits(b.grad) if b is not None else None})
    for i in range(48):
        batch, channels = int(torch.randint(2, 12, ())), int(torch.randint(1, 5, ()))
        shape = [batch, channels] if i % 2 == 0 else [batch, channels, int(torch.randint(2, 20, ()))]
        training = i % 4 != 3
        x = (torch.randn(shape) * float(torch.rand(()) * 3 + 0.1) + float(torch.randn(()))).requires_grad_()
        w = torch.randn(channels, requires_grad=True)
        b = torch.randn(channels, requires_grad=True)
        rm, rv = torch.randn(channels), torch.rand(channels) + 0.5
        inputs = {"x": bits(x), "w": bits(w), "b": bits(b), "rm": bits(rm), "rv": bits(rv)}
        dy = torch.randn(shape)
        y = torch.nn.functional.batch_norm(x, rm, rv, w, b, training, 0.1, 1e-5)
        y.backward(dy)
        cases.append({"op": "batch_norm", "shape": shape, "training": training, **inputs, "dy": bits(dy),
                      "y": bits(y), "rm_after": bits(rm), "rv_after": bits(rv),
                      "dx": bits(x.grad), "dw": bits(w.grad), "db": bits(b.grad)})
    with open(OUT, "w") as f:
        json.dump({"torch": torch.__version__, "cases": cases}, f, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
