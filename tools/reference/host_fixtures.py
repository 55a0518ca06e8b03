"""Records the MKL-dependent reference data again on a host whose CPU is not the reference host's.

PyTorch's float32 sin, cos, exp, log and sqrt are Intel MKL's VML functions, and MKL picks
its kernels by CPU vendor: on an AMD EPYC (the reference host, where every base fixture was
recorded) it runs a generic kernel, on an Intel Xeon an AVX-512 one, and the last bits of
some results differ. Chaotic descent paths then part after a dozen epochs. Descent's MKL
backend calls the same functions, so it matches PyTorch on the host it runs on; to test that
on another host the tests need PyTorch's numbers from that host. This script writes them
beside the base fixtures, named with the CPU vendor:

    Tests/EngineTests/Fixtures/engine-runs.VENDOR.json     (engine_fixtures.py's runs)
    Tests/EngineTests/Fixtures/seed-cells.VENDOR.json      (the seed lesson's 26 runs)
    Tests/ScriptTests/Fixtures/seed-cells.VENDOR.json      (a copy, for the script tests)

Tests running with the MKL backend on a host of that vendor compare with these; the libm
backend, whose results do not depend on the CPU, is always compared with the base files.
Conformance outputs get their variants from `script_conformance.py --host-variant NAME...`.

Run from the repository root on the non-reference host:
    /opt/torchenv/bin/python tools/reference/host_fixtures.py
"""
import copy
import json
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(__file__))
import engine_fixtures as ef  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
REFERENCE_VENDOR = "AuthenticAMD"


def cpu_vendor():
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("vendor_id"):
                return line.split(":", 1)[1].strip()
    return "unknown"


def seed_cells(base):
    """The seed cells with rows and lr rerun on this host (plain step_size runs are SGD(lr))."""
    out = copy.deepcopy(base)
    for c in out["cases"]:
        optimizer = c["optimizer"] or {"name": "SGD", "params": {"lr": c["step_size"]}}
        rows, lrs = ef.train(c["loss"], c["init"], c["epochs"], optimizer, c["scheduler"])
        if len(rows) != len(c["rows"]):
            raise SystemExit(f"{c['id']}: {len(rows)} rows, the base has {len(c['rows'])}")
        c["rows"] = rows
        c["lr"] = lrs
    return out


def write(path, data):
    with open(path, "w") as f:
        json.dump(ef.clean(data), f, separators=(",", ":"))
    print("wrote", os.path.relpath(path, ROOT))


def main():
    vendor = cpu_vendor()
    if vendor == REFERENCE_VENDOR:
        raise SystemExit(f"this host is the reference kind ({vendor}): regenerate the base fixtures instead")
    torch.set_num_threads(1)
    engine = os.path.join(ROOT, "Tests", "EngineTests", "Fixtures")
    meta = {"torch": torch.__version__, "dtype": "float32", "cpu_vendor": vendor}
    write(os.path.join(engine, f"engine-runs.{vendor}.json"), {**meta, "cases": ef.runs()})
    with open(os.path.join(engine, "seed-cells.json")) as f:
        base = json.load(f)
    cells = {**seed_cells(base), "cpu_vendor": vendor}
    write(os.path.join(engine, f"seed-cells.{vendor}.json"), cells)
    write(os.path.join(ROOT, "Tests", "ScriptTests", "Fixtures", f"seed-cells.{vendor}.json"), cells)


if __name__ == "__main__":
    main()
