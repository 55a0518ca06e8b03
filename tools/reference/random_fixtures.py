"""Writes Tests/EngineTests/Fixtures/random.json: torch 2.15's CPU random draws.

Each case seeds the default generator with torch.manual_seed(seed), then runs its steps in
order (so caches carried between calls, such as the second value of the double Box-Muller
transform, are exercised) and records every result's raw little-endian bytes in base64:
float32/float64/int64 elements, bernoulli results as one byte each. Record on the machine the
tests compare on (the vectorized normal path is chosen per CPU).

    /opt/torchenv/bin/python tools/reference/random_fixtures.py
"""
import base64
import json
import pathlib

import torch

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests/EngineTests/Fixtures/random.json"
DTYPES = {"float32": torch.float32, "float64": torch.float64}


def run(step):
    op = step["op"]
    size = step.get("size")
    dtype = DTYPES.get(step.get("dtype", "float32"))
    if op == "rand":
        t = torch.rand(size, dtype=dtype)
    elif op == "randn":
        t = torch.randn(size, dtype=dtype)
    elif op == "normal":
        t = torch.empty(size, dtype=dtype).normal_(step["mean"], step["std"])
    elif op == "uniform":
        t = torch.empty(size, dtype=dtype).uniform_(step["from"], step["to"])
    elif op == "randint":
        t = torch.randint(step["low"], step["high"], (size,))
    elif op == "randperm":
        t = torch.randperm(size)
    elif op == "bernoulli":
        t = torch.empty(size).bernoulli_(step["p"]).to(torch.uint8)
    elif op == "random64":
        t = torch.empty((), dtype=torch.int64).random_().reshape(1)
    else:
        raise ValueError(op)
    return base64.b64encode(t.contiguous().numpy().tobytes()).decode()


def main():
    sizes = list(range(1, 18)) + [31, 32, 33, 47, 100, 257]
    big = [1000, 4096]
    seeds = [0, 1, 42, 2024, 3407, 123456789, 2**32 + 7]
    cases = []

    def add(seed, steps):
        torch.manual_seed(seed)
        cases.append({"seed": seed, "steps": steps, "results": [run(s) for s in steps]})

    for seed in seeds:
        for size in sizes + (big if seed == 0 else []):
            for dtype in DTYPES:
                add(seed, [{"op": "rand", "size": size, "dtype": dtype}])
                add(seed, [{"op": "randn", "size": size, "dtype": dtype}])
            add(seed, [{"op": "normal", "size": size, "dtype": "float32", "mean": 2.5, "std": 0.3}])
            add(seed, [{"op": "uniform", "size": size, "dtype": "float32", "from": -1.5, "to": 3.25}])
            add(seed, [{"op": "randint", "size": size, "low": -5, "high": 100}])
            add(seed, [{"op": "randint", "size": size, "low": 0, "high": 2**40}])
            add(seed, [{"op": "randperm", "size": size}])
            add(seed, [{"op": "bernoulli", "size": size, "p": 0.3}])
        add(seed, [{"op": "random64"}, {"op": "random64"}])
        add(seed, [{"op": "randn", "size": 3}, {"op": "randn", "size": 3}, {"op": "rand", "size": 2},
                   {"op": "randn", "size": 1}, {"op": "randn", "size": 20}, {"op": "randn", "size": 1},
                   {"op": "normal", "size": 5, "dtype": "float64", "mean": -1.0, "std": 2.0},
                   {"op": "randperm", "size": 10}, {"op": "randn", "size": 2, "dtype": "float64"}])
    OUT.write_text(json.dumps({"torch": torch.__version__, "cases": cases}, indent=0) + "\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
