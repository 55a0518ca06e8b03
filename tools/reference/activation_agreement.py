"""Measure how many float32 results of Descent's activations and special functions agree bit for bit with torch's.

Runs one seeded script (the activations F.elu, selu, softplus (two betas and thresholds),
silu, mish, logsigmoid, hardtanh, relu6, hardsigmoid, hardswish, softsign, tanhshrink, and
torch.atan, asin, acos, sinh, cosh, erf, erfc, expm1, atan2 (same shapes and broadcast), each
forward and the gradient of `(f(x) * g).sum()`, on 45 random inputs of 3 to 1000 elements, so
both ATen's vector blocks and scalar tails are met) under /opt/torchenv/bin/python and under
Descent (`descent run`, with the math backend the environment selects: DESCENT_MKL=... or
DESCENT_MATH=libm DESCENT_MKL=none), and prints, per result, agreeing values / all values.
Nothing is written; the figures are quoted in docs/lesson-format.md ("Numbers").

Run from the repository root after `swift build`:
    /opt/torchenv/bin/python tools/reference/activation_agreement.py [path/to/descent]
"""

import collections
import math
import os
import subprocess
import sys
import tempfile

SCRIPT = '''
import torch
import torch.nn.functional as F
def row(name, t):
    print(name, t.reshape(-1).tolist())
ops = [
    ("elu", lambda x: F.elu(x), 3),
    ("elu_alpha", lambda x: F.elu(x, alpha=0.7), 3),
    ("selu", lambda x: F.selu(x), 3),
    ("softplus", lambda x: F.softplus(x), 3),
    ("softplus_beta", lambda x: F.softplus(x, beta=2.0, threshold=5.0), 3),
    ("silu", lambda x: F.silu(x), 3),
    ("mish", lambda x: F.mish(x), 3),
    ("logsigmoid", lambda x: F.logsigmoid(x), 3),
    ("hardtanh", lambda x: F.hardtanh(x), 2),
    ("relu6", lambda x: F.relu6(x), 5),
    ("hardsigmoid", lambda x: F.hardsigmoid(x), 3),
    ("hardswish", lambda x: F.hardswish(x), 3),
    ("softsign", lambda x: F.softsign(x), 3),
    ("tanhshrink", lambda x: F.tanhshrink(x), 3),
    ("atan", torch.atan, 3),
    ("asin", torch.asin, 0.3),
    ("acos", torch.acos, 0.3),
    ("sinh", torch.sinh, 3),
    ("cosh", torch.cosh, 3),
    ("erf", torch.erf, 1.5),
    ("erfc", torch.erfc, 1.5),
    ("expm1", torch.expm1, 3),
]
for k in range(45):
    torch.manual_seed(k)
    n = [3, 7, 31, 32, 33, 64, 100, 257, 1000][k % 9]
    base = torch.randn(n)
    g = torch.randn(n)
    for name, f, scale in ops:
        x = (base * scale).requires_grad_()
        y = f(x)
        (y * g).sum().backward()
        row(name, y)
        row(name + "_grad", x.grad)
    a = (torch.randn(4, n) * 2).requires_grad_()
    b = (torch.randn(4, n) * 2).requires_grad_()
    y = torch.atan2(a, b)
    row("atan2", y)
    y.sum().backward()
    row("atan2_grad", torch.cat([a.grad.reshape(-1), b.grad.reshape(-1)]))
    c = torch.randn(n)
    row("atan2_broadcast", torch.atan2(a.detach(), c))
    row("atan2_column", torch.atan2(a.detach(), torch.randn(4, 1)))
'''


def same(p, q):
    return p == q or (isinstance(p, float) and isinstance(q, float) and math.isnan(p) and math.isnan(q))


def main():
    descent = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/descent"
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "activations.py")
        with open(path, "w") as f:
            f.write(SCRIPT)
        ref = subprocess.run(["/opt/torchenv/bin/python", path], capture_output=True, text=True,
                             env={**os.environ, "OMP_NUM_THREADS": "1"}, check=True).stdout
        got = subprocess.run([descent, "run", path], capture_output=True, text=True, check=True).stdout
    total, agree = collections.Counter(), collections.Counter()
    names = {"nan": float("nan"), "inf": float("inf")}
    for a, b in zip(ref.splitlines(), got.splitlines()):
        name, va = a.split(" ", 1)
        _, vb = b.split(" ", 1)
        va, vb = eval(va, names), eval(vb, names)
        for p, q in zip(va, vb):
            total[name] += 1
            agree[name] += same(p, q)
    for name in total:
        print(f"{name:20} {agree[name]}/{total[name]}")
    print(f"{'all':20} {sum(agree.values())}/{sum(total.values())}")


if __name__ == "__main__":
    main()
