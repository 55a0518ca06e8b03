"""Generate Tests/ScriptTests/Fixtures/conformance/formatting.json from real CPython + torch.

Every expected string is produced by CPython 3.11 (float repr, format() of float/int/str,
str repr) and torch 2.15 (tensor repr), so the Swift tests of PyFormat and TensorFormat compare
against the real thing. The cases are random but seeded: rerunning gives the same file.

Run from the repository root:
    /opt/torchenv/bin/python tools/reference/conformance/formatting_cases.py
"""

import json
import math
import os
import random
import struct
import sys

import torch

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
OUT = os.path.join(ROOT, "Tests", "ScriptTests", "Fixtures", "conformance", "formatting.json")

rng = random.Random(20261125)


def outcome(fn):
    try:
        return fn()
    except Exception as e:  # record CPython's exception class and message
        return "!" + type(e).__name__ + ": " + str(e)


def float_from_bits(bits):
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


def interesting_floats():
    vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e16, 1e15,
            9999999999999998.0, 1e17, 1e22, 1e23, 1e-4, 1e-5, 0.0001, 0.00001234, 123456789.0,
            1234567.0, 12345.678, 2.5, 3.5, 0.5, 1.5, -2.5, 2.675, 0.125, 0.375, 1.005, 1.015,
            5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, math.pi, math.e,
            float("inf"), float("-inf"), float("nan"), 1e100, 1e-100, 123.456, -0.0004,
            0.05, 0.15, 0.25, 0.35, 99.995, 9.5, 0.95, 0.995, 1e-7, 4.35, 2.0**53, 2.0**53 + 2.0,
            2.0**63, -2.0**63, 12345678901234567890.0, 0.000123456, 1e21, 1e-310, 7.0, 1e6, 1e7]
    for _ in range(400):
        vals.append(float_from_bits(rng.getrandbits(64)))
    for _ in range(400):
        k = rng.randint(0, 8)
        vals.append(round(rng.uniform(-1000, 1000), k))
    for _ in range(200):
        vals.append(rng.uniform(-1, 1) * 10 ** rng.randint(-12, 20))
    for _ in range(100):
        # exact ties in binary: n / 2^k
        vals.append(rng.randint(-10**6, 10**6) / 2 ** rng.randint(1, 12))
    for _ in range(100):
        # float32 values, as tensors hand them over
        vals.append(struct.unpack("<f", struct.pack("<f", rng.uniform(-100, 100)))[0])
    return vals


def random_spec(types):
    parts = []
    if rng.random() < 0.3:
        if rng.random() < 0.5:
            parts.append(rng.choice("*x0 _-#"))
        parts.append(rng.choice("<>=^"))
    if rng.random() < 0.35:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.1:
        parts.append("z")
    if rng.random() < 0.15:
        parts.append("#")
    if rng.random() < 0.2:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.randint(0, 25)))
    if rng.random() < 0.2:
        parts.append(rng.choice([",", "_"]))
    if rng.random() < 0.6:
        parts.append("." + str(rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 17, 20, 25])))
    if rng.random() < 0.85:
        parts.append(rng.choice(types))
    if rng.random() < 0.02:
        parts.append(rng.choice(["x", "q", "."]))
    return "".join(parts)


FLOAT_SPECS = ["", ".2f", ".3f", ".4f", ".0f", ".1f", ".10f", ".20f", ".2e", ".3e", ".4e",
               "+.3e", ".0e", "e", "E", "f", "F", "g", "G", ".3g", ".10g", ".17g", ".1g", ".0g",
               "%", ".1%", ".0%", "n", ".3n", ">8.4f", "<8.4f", "^9.2f", "=+10.2f", "010.3f",
               "+08.2f", " .3f", ",", ",.2f", "_.3f", "015,.2f", "#.0f", "#g", "#.3g", "#e",
               "z.2f", "z.1f", "-.1f", ".2", ".5", ".12", ".16", ".17", "10", "*^12", "0>9.3",
               "d", "s", "x", ".2d", ".", "abc", ",n", "_n", ",_", "+z#012_.4f"]
INT_SPECS = ["", "d", "2d", "5d", "05d", "+d", " d", ",", "_", ",d", "b", "o", "x", "X",
             "#b", "#o", "#x", "#X", "08b", "#010x", "_b", "_x", "#_X", "c", "n", ">6",
             "<6", "^7", "=+8", "*^9", ".2f", "e", ".3e", "%", ".1%", "g", "G", ",.2f", "s",
             ".2", "z", "+c", "#c", ",c", "_c", ",n", ",x", ",b", "010,", "012_", "0,",
             "-", "010", "x<10", "0=12,d", "+#010_b", "f", "F", "E"]
STR_SPECS = ["", "s", "10", "<10", ">10", "^10", "*^11", ".2", "10.3", "^5.1", "-<4", "x>3",
             ".0", "+", " ", "#", "z", "=10", "05", "d", ",", "_", "ab", ".", "0^8", ">0"]


def main():
    data = {"python": sys.version.split()[0], "torch": torch.__version__}
    floats = interesting_floats()
    data["repr"] = [[repr(x), repr(x)] for x in floats]
    fcases = []
    for x in floats:
        for spec in rng.sample(FLOAT_SPECS, 6):
            fcases.append([repr(x), spec, outcome(lambda: format(x, spec))])
        for _ in range(4):
            spec = random_spec("eEfFgGn%")
            fcases.append([repr(x), spec, outcome(lambda: format(x, spec))])
    for spec in FLOAT_SPECS:
        for x in [0.0, -0.0, 1234567.891, -0.001, float("nan"), float("-inf"), 2.675, 0.125]:
            fcases.append([repr(x), spec, outcome(lambda: format(x, spec))])
    data["float"] = fcases

    ints = [0, 1, -1, 7, 10, 42, -42, 255, -255, 1000, 65, 8364, 1114111, 1114112, 1234567,
            -1234567, 2**31, 2**53 + 1, 2**62, 2**63 - 1, -2**63, -2**63 + 1, 99999, 100000]
    for _ in range(400):
        ints.append(rng.randint(-10**rng.randint(1, 18), 10**rng.randint(1, 18)))
    icases = []
    for n in ints:
        for spec in rng.sample(INT_SPECS, 6):
            icases.append([str(n), spec, outcome(lambda: format(n, spec))])
        for _ in range(4):
            spec = random_spec("dbboxXcn" + "eEfg%")
            icases.append([str(n), spec, outcome(lambda: format(n, spec))])
    for spec in INT_SPECS:
        for n in [0, -5, 123456789, -2**63]:
            icases.append([str(n), spec, outcome(lambda: format(n, spec))])
    data["int"] = icases

    strings = ["", "a", "abc", "hello world", "loss", "été", "naïve ünïcode", "日本語",
               "tab\there", "x" * 30, "quote's", "😀ok"]
    scases = []
    for s in strings:
        for spec in STR_SPECS:
            scases.append([s, spec, outcome(lambda: format(s, spec))])
        for _ in range(10):
            spec = random_spec("s")
            scases.append([s, spec, outcome(lambda: format(s, spec))])
    data["str"] = scases

    rstrings = ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "new\nline",
                "tab\t", "cr\r", "bell\x07", "nul\x00", "del\x7f", "\x80\x9f", "é", "\xa0nbsp",
                "\xad", "日本", "\u2028", "\u200b", "\ud7ff", "\ue000", "😀", "\U000e0001",
                "mixed 'q' \"d\" \\ \n", "'", '"', "'\"", "\x1b[0m", "\u0301", "\ufeff"]
    data["reprString"] = [[s, repr(s)] for s in rstrings]
    rounds = []
    for x in floats[:900]:
        for nd in rng.sample([-3, -2, -1, 0, 1, 2, 3, 4, 6, 10, 15, 17, 20, 300, 330, -310], 4):
            rounds.append([repr(x), str(nd), outcome(lambda: repr(round(x, nd)))])
        rounds.append([repr(x), "", outcome(lambda: repr(float(round(x))))])
    data["roundFloat"] = rounds
    data["roundInt"] = [[str(n), str(nd), str(round(n, nd))]
                        for n in ints for nd in rng.sample([-1, -2, -3, -5, -9, -18, 0, 2], 3)]
    data["tensor"] = tensor_cases()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=True, indent=0)
        f.write("\n")
    print(OUT, {k: len(v) for k, v in data.items() if isinstance(v, list)})


def tensor_case(t, note=""):
    """One tensor: its values as Python floats (repr) and what repr(t) prints."""
    flat = t.detach().reshape(-1).tolist()
    if t.dtype == torch.bool:
        values = ["1.0" if v else "0.0" for v in flat]
    else:
        values = [repr(float(v)) for v in flat]
    dtype_suffix = None
    if t.dtype not in (torch.float32, torch.int64, torch.bool):
        dtype_suffix = "dtype=" + str(t.dtype)
    suffixes = []
    if t.grad_fn is not None:
        suffixes.append("grad_fn=<" + type(t.grad_fn).__name__ + ">")
    elif t.requires_grad:
        suffixes.append("requires_grad=True")
    return {"values": values, "shape": list(t.shape), "float": t.dtype.is_floating_point,
            "bool": t.dtype == torch.bool, "dtypeSuffix": dtype_suffix, "suffixes": suffixes,
            "repr": repr(t), "str": str(t)}


def tensor_cases():
    cases = []
    T = torch.tensor
    fixed = [
        T(2.345), T(2.345, requires_grad=True), T([1.5, -2.25, 3.0]), T([1e-4, 1e3]),
        T(1.0, requires_grad=True) ** 2, T(0.0285, dtype=torch.float64), T([1, 2, 3]),
        T([0.0, 0.0]), T([1.0, float("inf")]), T([float("nan"), 1.5]), T([-0.0, 1.0]),
        T([1e8, 1.0]), T([1e9]), T([123456789.0]), T([0.0001, 0.5]), T([1e-5]),
        T([[1.0, 2.0], [3.0, 4.0]]), T([[1.5, -2.0], [3.25, 4.0]], requires_grad=True),
        T([True, False, True]), T(True), T(5), T(-7), T([100, -3, 20000]),
        torch.zeros(3), torch.ones(2, 3), torch.arange(10), torch.arange(0.0, 1.0, 0.1),
        torch.linspace(-1, 1, 5), torch.linspace(0, 10, 11), torch.linspace(-3, 3, 100),
        torch.arange(2000), torch.linspace(0, 1, 2000), torch.arange(24).reshape(2, 3, 4),
        torch.arange(24.0).reshape(2, 3, 4) / 7, torch.zeros(0), torch.zeros(0, 3),
        torch.ones(2, 2, dtype=torch.float64), torch.arange(5, dtype=torch.float64) / 3,
        torch.arange(1500.0).reshape(50, 30), torch.arange(3000).reshape(100, 30),
        T([float("inf"), float("-inf"), float("nan")]), T(float("nan")), T(float("-inf")),
        T([1e-10, 1e10]), T(3.0) * T(2.0, requires_grad=True), T([2.0, 3.0], requires_grad=True).sum(),
        T([2.0, 3.0], requires_grad=True).mean(), torch.sin(T([0.5, 1.0], requires_grad=True)),
        T([1.0, 2.0], requires_grad=True) - 1, T([[1e-3, 2e4], [5.0, 6.0]]), T([12345.6789]),
        T([-1.0, -2.0, -300.0]), T([0.1, 0.2, 0.30000001]), T(1e-3, dtype=torch.float64),
        T([1e20, 1e-20], dtype=torch.float64), T([[True, False], [False, True]]),
        torch.zeros(2, 3, dtype=torch.int64), T(0.0), T(-0.0), T(1e-45), T(3.4e38),
        # suffixes that no longer fit on the last line move to a line of their own
        torch.linspace(-1000, 1000, 9, requires_grad=True),
        torch.linspace(-1000, 1000, 8, dtype=torch.float64, requires_grad=True),
        torch.linspace(-1000, 1000, 9, dtype=torch.float64, requires_grad=True) * 2,
        torch.linspace(0, 1, 66).reshape(6, 11).requires_grad_(),
        torch.linspace(0, 1, 12, dtype=torch.float64).reshape(2, 6) * T(3.0, dtype=torch.float64, requires_grad=True),
        torch.arange(1001), torch.arange(1001.0) / 3, torch.zeros(1001, dtype=torch.bool),
        torch.arange(1200.0).reshape(2, 600), torch.arange(1200.0).reshape(600, 2),
        torch.arange(2400.0).reshape(10, 20, 12), torch.tensor([1e-4, 1e-4]), torch.tensor([9.99999e-5, 1.0]),
        torch.tensor([1000.0, 1.0]), torch.tensor([1001.0, 1.0]), torch.tensor([1e8]), torch.tensor([1.01e8]),
    ]
    for t in fixed:
        cases.append(tensor_case(t))
    for _ in range(250):
        ndim = rng.choice([0, 1, 1, 1, 2, 2, 3])
        shape = [rng.randint(1, 6) for _ in range(ndim)]
        if ndim == 1 and rng.random() < 0.3:
            shape = [rng.randint(7, 40)]
        kind = rng.random()
        scale = 10 ** rng.randint(-6, 9)
        if kind < 0.15:
            t = torch.randint(-1000, 1000, shape)
        elif kind < 0.3:
            t = torch.randint(-50, 50, shape).float()
        elif kind < 0.4:
            t = (torch.randn(shape, dtype=torch.float64) * scale)
        else:
            t = torch.randn(shape) * scale
        if rng.random() < 0.1 and t.dtype.is_floating_point and t.numel() > 1:
            t.view(-1)[0] = rng.choice([float("inf"), float("nan"), 0.0])
        if rng.random() < 0.2 and t.dtype.is_floating_point:
            t.requires_grad_(True)
            if rng.random() < 0.5:
                t = t * 2
        cases.append(tensor_case(t))
    return cases


if __name__ == "__main__":
    torch.manual_seed(0)
    main()
