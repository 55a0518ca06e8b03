"""Measure how many float32 results of Descent agree bit for bit with torch's.

Runs one seeded script (softmax, log_softmax, cross_entropy, nll_loss, the BCE losses,
sigmoid, log1p, tanh, exp, log, std/var, norm on 40 random (4, n) inputs, n from 3 to 257;
then pow with number, tensor and broadcast exponents and on a transposed view, gelu in both
forms with gradients and on a transposed view, and sum/mean over some dims of 40 random 2-4-d
tensors permuted at random and of transposed matrices) under /opt/torchenv/bin/python and under Descent (`descent run`, with the math backend the
environment selects: DESCENT_MKL=... or DESCENT_MATH=libm DESCENT_MKL=none), and prints,
per operation, agreeing values / all values (NaN agrees with NaN). Nothing is written; the figures are quoted in
docs/lesson-format.md ("Numbers").

Run from the repository root after `swift build`:
    /opt/torchenv/bin/python tools/reference/torch_numerics_agreement.py [path/to/descent]
"""

import collections
import os
import subprocess
import sys
import tempfile

SCRIPT = '''
import torch
import torch.nn.functional as F
def row(name, t):
    print(name, t.reshape(-1).tolist())
for k in range(40):
    torch.manual_seed(k)
    n = [3, 7, 8, 16, 33, 100, 257][k % 7]
    x = torch.randn(4, n) * 3
    t = torch.randint(0, n, (4,))
    row("softmax", F.softmax(x, 1))
    row("softmax_dim0", F.softmax(x, 0))
    row("log_softmax", F.log_softmax(x, 1))
    row("cross_entropy", F.cross_entropy(x, t))
    row("nll_loss", F.nll_loss(x, t))
    y = torch.rand(4, n)
    row("bce_with_logits", F.binary_cross_entropy_with_logits(x, y))
    row("bce", F.binary_cross_entropy(torch.sigmoid(x), y))
    row("sigmoid", torch.sigmoid(x))
    row("log1p", torch.log1p(x.abs()))
    row("tanh", torch.tanh(x))
    row("exp", torch.exp(x))
    row("log", torch.log(x.abs()))
    row("std", x.std())
    row("std_dim", x.std(1))
    row("var_dim0", x.var(0))
    row("norm", x.norm())
    row("norm_dim", x.norm(dim=1))
    row("norm_p1", x.norm(p=1))
    row("norm_dim0", x.norm(dim=0))
    row("norm_p3_dim", x.norm(p=3, dim=1))
    row("norm_inf_dim0", x.norm(p=float("inf"), dim=0))
    z = torch.randn(n * 50)
    row("long_softmax", F.softmax(z, 0)[:20])
    row("long_norm", z.norm())
    row("long_sigmoid", torch.sigmoid(z)[:50])
    row("long_tanh", torch.tanh(z)[:50])
for k in range(40):
    torch.manual_seed(1000 + k)
    n = [3, 7, 8, 16, 33, 100, 257][k % 7]
    x = torch.randn(4, n) * 3
    e = torch.rand(4, n) * 4 - 2
    row("pow_scalar", x.abs() ** 1.7)
    row("pow_neg_exp", torch.pow(x.abs() + 0.5, -1.3))
    row("pow_small_exp", x.abs().pow(0.3))
    row("pow_int_float", x ** 4.0)
    row("pow_special", torch.cat([x ** 2, x ** 3, x ** -2, x.abs() ** 0.5, x.abs() ** -0.5, x ** -1.0]))
    row("pow_tensor", x.abs() ** e)
    row("pow_tensor_neg", x ** e.round())
    row("rpow", 2.5 ** e)
    row("pow_t", x.t().abs() ** 1.7)
    xg = x.clone().requires_grad_()
    y = F.gelu(xg)
    y.backward(e)
    row("gelu", y)
    row("gelu_grad", xg.grad)
    row("gelu_t", F.gelu(x.t()))
    xt = x.clone().requires_grad_()
    y = F.gelu(xt, approximate="tanh")
    y.backward(e)
    row("gelu_tanh", y)
    row("gelu_tanh_grad", xt.grad)
    r = 2 + k % 3
    shape = torch.randint(1, [40, 24, 12][r - 2], (r,)).tolist()
    z = torch.randn(shape)
    p = z.permute(torch.randperm(r).tolist())
    dims = torch.randperm(r)[:1 + k % (r - 1)].tolist()
    row("perm_sum", p.sum(dim=dims))
    row("perm_mean", p.mean(dim=dims))
    row("perm_sum_keep", p.sum(dim=dims[0], keepdim=True))
    w = torch.randn(n, 37)
    row("t_sum", w.t().sum(0))
    row("t_sum1", w.t().sum(1))
    row("t_mean", w.t().mean(0))
'''


def main():
    descent = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/descent"
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "numerics.py")
        with open(path, "w") as f:
            f.write(SCRIPT)
        ref = subprocess.run(["/opt/torchenv/bin/python", path], capture_output=True, text=True,
                             env={**os.environ, "OMP_NUM_THREADS": "1"}, check=True).stdout
        got = subprocess.run([descent, "run", path], capture_output=True, text=True, check=True).stdout
    total, same = collections.Counter(), collections.Counter()
    for a, b in zip(ref.splitlines(), got.splitlines()):
        name, va = a.split(" ", 1)
        _, vb = b.split(" ", 1)
        va, vb = eval(va), eval(vb)
        if not isinstance(va, list):
            va, vb = [va], [vb]
        for p, q in zip(va, vb):
            total[name] += 1
            same[name] += p == q or (p != p and q != q)
    for name in total:
        print(f"{name:16} {same[name]}/{total[name]}")


if __name__ == "__main__":
    main()
