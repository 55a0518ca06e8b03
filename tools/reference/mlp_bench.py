"""The MLP training benchmark in CPython + torch, for comparison with `bench mlp`.

Full-batch training of a 2-16-16-2 MLP with Adam on 200 points for 1,000 epochs (the same
script `swift run -c release bench mlp` runs in Descent). Prints the final loss, the median
wall-clock and CPU time of the training script over the runs (after `import torch`), and the
peak RSS. CPU time is the steadier measure on a loaded machine.

    /opt/torchenv/bin/python tools/reference/mlp_bench.py [RUNS]
"""
import resource
import statistics
import sys
import time

import torch

SCRIPT = open(__file__.replace("mlp_bench.py", "mlp_bench_script.py")).read()


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    torch.set_num_threads(1)
    times = []
    cpu_times = []
    for _ in range(runs):
        start = time.perf_counter()
        cpu_start = time.process_time()
        exec(compile(SCRIPT, "mlp_bench_script.py", "exec"), {})
        times.append(time.perf_counter() - start)
        cpu_times.append(time.process_time() - cpu_start)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"torch {torch.__version__}: median {statistics.median(times) * 1000:.1f} ms over {runs} runs "
          f"(CPU time median {statistics.median(cpu_times) * 1000:.1f} ms), peak RSS {peak:.0f} MiB")


if __name__ == "__main__":
    main()
