/// Builds optimizers by PyTorch class name from Python-style arguments (used by the script
/// language for `torch.optim.SGD(...)` and by `descent trace`).
public enum OptimizerFactory {
    /// Supported class names, in PyTorch's documentation order.
    public static let names = ["SGD", "RMSprop", "Adam", "AdamW", "Adagrad", "Adadelta", "Adamax", "NAdam", "RAdam"]

    /// The constructor signature of `name` (first parameter `params`).
    public static func signature(of name: String) -> Signature? {
        switch name {
        case "SGD": return SGD.signature
        case "RMSprop": return RMSprop.signature
        case "Adam": return Adam.signature
        case "AdamW": return AdamW.signatureW
        case "Adagrad": return Adagrad.signature
        case "Adadelta": return Adadelta.signature
        case "Adamax": return Adamax.signature
        case "NAdam": return NAdam.signature
        case "RAdam": return RAdam.signature
        default: return nil
        }
    }

    /// Creates optimizer `name`.
    /// - Parameters:
    ///   - params: the parameters when implied (as in `descent trace`); nil when they are the
    ///     first positional argument or the `params` keyword, as in Python.
    ///   - positional: positional arguments after `params` (or including it when `params` is nil).
    ///   - keywords: keyword arguments in call order.
    /// - Throws: `AttributeError`-like `EngineError` for unknown names (with a suggestion),
    ///   CPython's `TypeError` for bad arguments, PyTorch's `ValueError` for invalid values.
    public static func make(name: String, params: [Tensor]?, positional: [EngineValue] = [], keywords: [(String, EngineValue)] = []) throws -> any Optimizer {
        guard let signature = signature(of: name) else {
            throw EngineError.unknownName(kind: "torch.optim", name: name, candidates: names)
        }
        var args = positional
        if let params { args.insert(.list(params.map { .tensor($0) }), at: 0) }
        let bound = try signature.bound(positional: args, keywords: keywords)
        let tensors = try parameterList(bound["params"], optimizer: name)
        switch name {
        case "SGD": return try SGD(params: tensors, bound: bound)
        case "RMSprop": return try RMSprop(params: tensors, bound: bound)
        case "Adam": return try Adam(name: "Adam", params: tensors, bound: bound)
        case "AdamW": return try AdamW(params: tensors, boundW: bound)
        case "Adagrad": return try Adagrad(params: tensors, bound: bound)
        case "Adadelta": return try Adadelta(params: tensors, bound: bound)
        case "Adamax": return try Adamax(params: tensors, bound: bound)
        case "NAdam": return try NAdam(params: tensors, bound: bound)
        default: return try RAdam(params: tensors, bound: bound)
        }
    }

    static func parameterList(_ value: EngineValue, optimizer: String) throws -> [Tensor] {
        switch value {
        case .tensor:
            throw EngineError.type("params argument given to the optimizer should be an iterable of Tensors or dicts, but got torch.FloatTensor")
        case .list(let items), .tuple(let items):
            return try items.map { item in
                guard case .tensor(let t) = item else {
                    throw EngineError.type("optimizer can only optimize Tensors, but one of the params is \(item.typeName)")
                }
                return t
            }
        default:
            throw EngineError.type("'\(value.typeName)' object is not iterable")
        }
    }
}

extension EngineError {
    /// Unknown class name with a "did you mean" suggestion when one is close.
    static func unknownName(kind: String, name: String, candidates: [String]) -> EngineError {
        var message = "module '\(kind)' has no attribute '\(name)'"
        if let suggestion = closest(to: name, in: candidates) { message += ". Did you mean: '\(suggestion)'?" }
        return EngineError(.attributeError, message)
    }

    /// The candidate with the smallest edit distance (case-insensitive) if close enough.
    static func closest(to name: String, in candidates: [String]) -> String? {
        /// Optimal string alignment distance (edits plus adjacent transpositions).
        func distance(_ a: [Character], _ b: [Character]) -> Int {
            var before = [Int](repeating: 0, count: b.count + 1)
            var prev = Array(0...b.count)
            for (i, ca) in a.enumerated() {
                var cur = [i + 1] + Array(repeating: 0, count: b.count)
                for (j, cb) in b.enumerated() {
                    cur[j + 1] = min(prev[j + 1] + 1, cur[j] + 1, prev[j] + (ca == cb ? 0 : 1))
                    if i > 0 && j > 0 && ca == b[j - 1] && a[i - 1] == cb { cur[j + 1] = min(cur[j + 1], before[j - 1] + 1) }
                }
                before = prev
                prev = cur
            }
            return prev[b.count]
        }
        let lowered = Array(name.lowercased())
        let scored = candidates.map { ($0, distance(lowered, Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(1, (name.count + 2) / 3) ? best.0 : nil
    }
}
