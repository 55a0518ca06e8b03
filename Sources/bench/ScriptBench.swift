// `swift run -c release bench script [FILE.py] [--runs N] [--show] [--time-limit S] [--independent]`
// (`--time-limit` raises the per-run wall-clock limit, for runs under valgrind on a busy host)
//
// Times the script language running the seed lesson's exercise (the reference script from
// /work/shared/reference/exercises.json, embedded below) or the given file, in a fresh
// session per run, and prints the median and best wall-clock time. `--show` prints the script's
// output once (and its traceback, if it raised). `--independent` frees, between runs and
// untimed, the cycles each run left (see below), so that every run starts as a process's only
// session does (`descent run`); without it, later runs may pay a full collection of the
// earlier runs' garbage, and the times of a cycle-heavy script are bimodal. Compare with
// `time /opt/torchenv/bin/python FILE.py` (that includes interpreter and torch start-up).
import Foundation
import Script

enum ScriptBench {
    static let seedExercise = """
    import torch

    # x and y data
    x = torch.tensor([-1.5, 0.2, 3.4, 4.1, 7.8, 13.4, 18.0, 21.5, 32.0, 33.5])
    y = torch.tensor([100.5, 110.2, 133.5, 141.2, 172.8, 225.1, 251.0, 278.9, 366.7, 369.9])

    # Parameters
    w = torch.tensor(0.0, requires_grad=True)
    b = torch.tensor(0.0, requires_grad=True)


    def forward(x):
        return w * x + b


    loss_fn = torch.nn.MSELoss()

    step_size = 0.001
    epochs = 5
    for epoch in range(epochs):
        y_pred = forward(x)
        loss = loss_fn(y_pred, y)
        loss.backward()

        # weight and bias adjustment
        w.data = w.data - step_size * w.grad  # type: ignore
        b.data = b.data - step_size * b.grad  # type: ignore

        # reset gradients
        w.grad.zero_()  # type: ignore
        b.grad.zero_()  # type: ignore

        print(f"Epoch: {epoch}, loss: {loss:.2f}, weight: {w:.3f}, bias: {b:.3f}")

    """

    static func run(_ args: [String]) {
        var runs = 200
        var show = false
        var independent = false
        var limits = ScriptLimits.standard
        var file: String?
        var i = 0
        while i < args.count {
            switch args[i] {
            case "--runs": i += 1; runs = i < args.count ? Int(args[i]) ?? runs : runs
            case "--show": show = true
            case "--independent": independent = true
            case "--time-limit": i += 1; limits.timeLimit = i < args.count ? Double(args[i]) ?? limits.timeLimit : limits.timeLimit
            default: file = args[i]
            }
            i += 1
        }
        var source = seedExercise
        var name = "seed-exercise.py"
        if let file {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                FileHandle.standardError.write(Data("bench script: cannot read \(file)\n".utf8))
                exit(2)
            }
            source = text
            name = file
        }
        var times: [Double] = []
        for r in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = ScriptSession(importTorch: false, limits: limits).run(source: source, file: name)
            let end = DispatchTime.now().uptimeNanoseconds
            times.append(Double(end - start) / 1e6)
            if r == 0 && show {
                print(result.stdout, terminator: "")
                if let e = result.error { FileHandle.standardError.write(Data(e.traceback.utf8)) }
            }
            // Untimed: a full collection, in a session on the same (kept) worker thread, of the
            // cycles the finished run left in the thread's collector registry.
            if independent {
                _ = ScriptSession(importTorch: false, limits: limits).run(source: "import gc\ngc.collect()\n", file: "<collect>")
            }
        }
        times.sort()
        let median = times[times.count / 2]
        print(String(format: "script %@: %d runs, median %.3f ms, best %.3f ms (fresh session, parse + run)", name, runs, median, times[0]))
    }
}
