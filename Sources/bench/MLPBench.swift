// `swift run -c release bench mlp [--runs N]`
//
// Full-batch training of a 2-16-16-2 MLP with Adam on 200 points for 1,000 epochs, the
// script in tools/reference/mlp_bench_script.py (embedded below), in a fresh session per
// run: prints the script's output once, the median and best wall-clock time, the median CPU
// time (steadier than wall-clock time on a loaded machine), and the peak RSS of the process. Compare with `/opt/torchenv/bin/python tools/reference/mlp_bench.py`.
import Foundation
import Script

enum MLPBench {
    static let script = """
    import torch
    import torch.nn as nn

    torch.manual_seed(0)
    X = torch.randn(200, 2)
    y = ((X[:, 0] * X[:, 1]) > 0).long()
    model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 16), nn.ReLU(), nn.Linear(16, 2))
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    loss_fn = nn.CrossEntropyLoss()
    for epoch in range(1000):
        opt.zero_grad()
        loss = loss_fn(model(X), y)
        loss.backward()
        opt.step()
    print(f"final loss {loss.item():.4f}")

    """

    static func run(_ args: [String]) {
        var runs = 5
        if let i = args.firstIndex(of: "--runs"), i + 1 < args.count { runs = max(1, Int(args[i + 1]) ?? runs) }
        var times: [Double] = [], cpuTimes: [Double] = []
        for r in 0..<runs {
            let session = ScriptSession(importTorch: false, limits: ScriptLimits(stepBudget: 1_000_000_000, timeLimit: 600, recursionLimit: 1000))
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = processCPUMilliseconds()
            let result = session.run(source: script, file: "mlp_bench_script.py")
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            cpuTimes.append(processCPUMilliseconds() - cpuStart)
            if r == 0 {
                print(result.stdout, terminator: "")
                if let e = result.error { print(e.traceback) }
            }
        }
        times.sort()
        cpuTimes.sort()
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        print(String(format: "descent: median %.1f ms, best %.1f ms over %d runs (CPU time median %.1f ms), peak RSS %.0f MiB",
                     times[times.count / 2], times[0], runs, cpuTimes[cpuTimes.count / 2], Double(usage.ru_maxrss) / 1024))
    }

    /// CPU time of the whole process (every thread), which a loaded machine inflates far
    /// less than wall-clock time.
    static func processCPUMilliseconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) * 1e3 + Double(ts.tv_nsec) / 1e6
    }
}
