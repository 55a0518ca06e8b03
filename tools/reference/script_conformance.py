"""Run the script-language conformance corpus under real CPython + torch and record its output.

For every Tests/ScriptTests/Fixtures/conformance/scripts/NAME.py this runs
`python NAME.py` on a copy in a temporary folder of its own, as working directory (so
tracebacks name only `NAME.py`, and files a script writes are thrown away) and writes beside it:

    NAME.out   exact stdout (bytes)
    NAME.err   exact stderr (bytes), a CPython 3.11 traceback when the script raises
    NAME.exit  the exit status and a newline ("0\n", "1\n")

plus Tests/ScriptTests/Fixtures/conformance/manifest.json, one entry per script (name, exit,
the traceback's last line, and whether every traceback frame is in the script itself, i.e.
whether NAME.err can be matched exactly rather than by its last line).

The three seed scripts (exercise-manual, solution-sgd, solution-exponential) are written from
/work/shared/reference/exercises.json and their stdout is checked byte for byte against the
stdout recorded there; a mismatch stops the run.

Host variants: PyTorch's float32 sin/cos/exp/log/sqrt are MKL's, whose kernels differ by CPU
vendor, so a few scripts print other last digits off the reference host (an AMD EPYC, where
every NAME.out was recorded). On another host, `--host-variant NAME...` records those
scripts' stdout as NAME.VENDOR.out (GenuineIntel, …), which the tests use when they run with
the MKL backend on such a host; a script that has a variant keeps its base NAME.out when
rerun there, and its variant is rewritten instead.

Vector-width variants: a few scripts print float32 bits of softmax, sigmoid or cross-entropy,
which ATen's vectorized kernels compute 16 lanes wide on an AVX-512 CPU and 8 wide otherwise.
Their base NAME.out is the AVX-512 output; NAME.avx2.out is torch's output with
ATEN_CPU_CAPABILITY=avx2 (as on a CPU without AVX-512), recorded with `--avx2-variant NAME...`
and rewritten whenever the script is rerun. The tests use it where Descent's kernels are 8
lanes wide (HostCPU.floatVectorLanes).

Run from the repository root:
    /opt/torchenv/bin/python tools/reference/script_conformance.py          # regenerate all
    /opt/torchenv/bin/python tools/reference/script_conformance.py --check  # compare only
    /opt/torchenv/bin/python tools/reference/script_conformance.py NAME...  # rerun only these
    /opt/torchenv/bin/python tools/reference/script_conformance.py --avx2-variant NAME...  # and NAME.avx2.out
                                         (and the seeds), keep the others' recorded outputs
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CORPUS = os.path.join(ROOT, "Tests", "ScriptTests", "Fixtures", "conformance")
SCRIPTS = os.path.join(CORPUS, "scripts")
EXERCISES = "/work/shared/reference/exercises.json"
PYTHON = "/opt/torchenv/bin/python"
SEEDS = ["exercise-manual", "solution-sgd", "solution-exponential"]


def run(name, capability=None):
    env = {
        "PATH": "/usr/bin:/bin",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONIOENCODING": "utf-8",
        "LC_ALL": "C.UTF-8",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }
    if capability:
        env["ATEN_CPU_CAPABILITY"] = capability
    # Each script runs on a copy in a folder of its own, so files it writes (`torch.save`)
    # neither land in the corpus nor collide with another script's running in parallel.
    with tempfile.TemporaryDirectory(prefix="conformance-") as folder:
        shutil.copy(os.path.join(SCRIPTS, name + ".py"), folder)
        p = subprocess.run([PYTHON, name + ".py"], cwd=folder, env=env, capture_output=True,
                           timeout=300)
    # CPython 3.11 reports the main script by its absolute path; keep only the file name, as
    # a traceback from `python NAME.py` printed relative to the scripts folder.
    stderr = p.stderr.replace((os.path.realpath(folder) + os.sep).encode(), b"")
    stderr = stderr.replace((folder + os.sep).encode(), b"")
    return p.stdout, stderr, p.returncode


def seed_scripts():
    """Writes the seed scripts from exercises.json; returns {name: reference stdout}."""
    with open(EXERCISES, encoding="utf-8") as f:
        data = json.load(f)
    expected = {}
    for s in data["scripts"]:
        path = os.path.join(SCRIPTS, s["id"] + ".py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(s["source"])
        expected[s["id"]] = s["stdout"]
    missing = set(SEEDS) - set(expected)
    if missing:
        sys.exit(f"exercises.json lacks {sorted(missing)}")
    return expected


def recorded(name):
    """The outputs already written for a script that was not rerun."""
    def read(ext):
        with open(os.path.join(SCRIPTS, name + ext), "rb") as f:
            return f.read()
    return read(".out"), read(".err"), int(read(".exit"))


def traceback_facts(err):
    """The last stderr line, and whether stderr mentions only the script itself (no frames or
    warnings from inside torch's or Python's own files), i.e. can be matched exactly."""
    text = err.decode("utf-8", "replace")
    lines = [l for l in text.splitlines() if l.strip()]
    last = lines[-1] if lines else ""
    own = "/" not in "".join(l for l in lines if l.startswith('  File "')) and \
        "site-packages" not in text and "/__w/" not in text
    return last, own


REFERENCE_VENDOR = "AuthenticAMD"


def cpu_vendor():
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("vendor_id"):
                return line.split(":", 1)[1].strip()
    return "unknown"


def main():
    check = "--check" in sys.argv
    vendor = cpu_vendor()
    host_variant = "--host-variant" in sys.argv
    if host_variant and vendor == REFERENCE_VENDOR:
        sys.exit(f"this host is the reference kind ({vendor}): record the base outputs instead")
    expected = seed_scripts()
    names = sorted(f[:-3] for f in os.listdir(SCRIPTS) if f.endswith(".py"))
    manifest = []
    problems = []
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    todo = [n for n in names if not only or n in only or n in expected]
    avx2 = [n for n in todo if (n in only and "--avx2-variant" in sys.argv)
            or os.path.exists(os.path.join(SCRIPTS, n + ".avx2.out"))]
    with ThreadPoolExecutor(max_workers=2) as pool:
        fresh = dict(zip(todo, pool.map(run, todo)))
        fresh_avx2 = dict(zip(avx2, pool.map(lambda n: run(n, "avx2"), avx2)))
    for name, (out, err, code) in fresh_avx2.items():
        path = os.path.join(SCRIPTS, name + ".avx2.out")
        if check:
            if not os.path.exists(path) or open(path, "rb").read() != out:
                problems.append(f"{name}.avx2.out differs")
        else:
            with open(path, "wb") as f:
                f.write(out)
    results = [fresh[n] if n in fresh else recorded(n) for n in names]
    for name, (out, err, code) in zip(names, results):
        if name in expected and out.decode("utf-8") != expected[name]:
            problems.append(f"{name}: stdout differs from exercises.json")
        last, own = traceback_facts(err)
        manifest.append({"name": name, "exit": code, "stderr_last_line": last,
                         "stderr_exact": own})
        files = {".out": out, ".err": err, ".exit": f"{code}\n".encode()}
        variant = os.path.join(SCRIPTS, f"{name}.{vendor}.out")
        if name in fresh and vendor != REFERENCE_VENDOR and (
                (host_variant and name in only) or os.path.exists(variant)):
            # Off the reference host, this script's stdout goes to its vendor's variant; the
            # base outputs stay the reference host's (stderr and exit must agree with them).
            base_out, base_err, base_code = recorded(name)
            if (base_err, base_code) != (err, code):
                problems.append(f"{name}: stderr or exit differs from the reference host's")
            files = {f".{vendor}.out": out, ".out": base_out, ".err": base_err, ".exit": f"{base_code}\n".encode()}
            last, own = traceback_facts(base_err)
            manifest[-1] = {"name": name, "exit": base_code, "stderr_last_line": last, "stderr_exact": own}
        for ext, content in files.items():
            path = os.path.join(SCRIPTS, name + ext)
            if check:
                old = open(path, "rb").read() if os.path.exists(path) else None
                if old != content:
                    problems.append(f"{name}{ext} differs")
            else:
                with open(path, "wb") as f:
                    f.write(content)
    manifest_text = json.dumps({"scripts": manifest}, indent=1) + "\n"
    manifest_path = os.path.join(CORPUS, "manifest.json")
    if check:
        if not os.path.exists(manifest_path) or open(manifest_path).read() != manifest_text:
            problems.append("manifest.json differs")
    else:
        with open(manifest_path, "w") as f:
            f.write(manifest_text)
    for p in problems:
        print("PROBLEM:", p)
    failing = sum(1 for m in manifest if m["exit"] != 0)
    print(f"{len(names)} scripts, {failing} exit nonzero, seeds checked: {sorted(expected)}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
