import Engine

/// `LambdaLR` and `MultiplicativeLR`: the schedulers whose factors are the lesson's own
/// functions, built here rather than in the Engine's factory because their arguments are
/// callables, which the engine's values cannot hold.
extension OptimLibrary {
    static let lambdaSchedulerNames = ["LambdaLR", "MultiplicativeLR"]

    /// Builds `name(optimizer, lr_lambda, last_epoch=-1)` from the arguments after the optimizer.
    static func makeLambdaScheduler(_ name: String, optimizer: any Optimizer, _ args: Arguments, _ interp: Interpreter) throws -> any LRScheduler {
        let a = try args.bind("\(name).__init__", ["lr_lambda", "last_epoch"], required: 1)
        let given = a[0]!
        var functions: [Value]
        var repeated = false
        switch given {
        case .list(let l): functions = l.items
        case .tuple(let t): functions = Array(t)
        default: functions = [given]; repeated = true
        }
        if name == "MultiplicativeLR" {
            let groups = optimizer.paramGroups.count
            if !repeated, functions.count != groups { throw PyError("ValueError", "Expected \(groups) lr_lambdas, but got \(functions.count)") }
            for f in functions where !interp.isCallable(f) {
                throw PyError("TypeError", "lr_lambda should be a function, but got \(f.typeName)")
            }
        }
        let lambdas = functions.map { f in
            LRLambda(isFunction: { if case .function = f { return true } else { return false } }()) { [unowned interp] epoch in
                try interp.toDouble(try interp.call(f, Arguments([.int(epoch)])))
            }
        }
        let lastEpoch = try a[1].map { try interp.toInt($0, "last_epoch") } ?? -1
        if name == "LambdaLR" {
            return try LambdaLR(optimizer: optimizer, lambdas: lambdas, repeated: repeated, lastEpoch: lastEpoch)
        }
        return try MultiplicativeLR(optimizer: optimizer, lambdas: lambdas, repeated: repeated, lastEpoch: lastEpoch)
    }
}
