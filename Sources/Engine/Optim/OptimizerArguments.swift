/// Binding and checking an optimizer constructor's arguments, shared by every optimizer.
extension Signature {
    /// `Class(params, **keywords)` bound: the parameters as the first positional argument.
    func bound(params: [Tensor], keywords: KeyValuePairs<String, EngineValue>) throws -> BoundArguments {
        try bound(positional: [.list(params.map { .tensor($0) })], keywords: Array(keywords))
    }

    /// The arguments bound with CPython's rules (see `bind(positional:keywords:)`), readable by name.
    func bound(positional: [EngineValue], keywords: [(String, EngineValue)]) throws -> BoundArguments {
        BoundArguments(function: function, values: try bind(positional: positional, keywords: keywords))
    }
}

extension BoundArguments {
    /// PyTorch's `if not 0.0 <= value: raise ValueError(f"Invalid {what}: {value}")`, e.g.
    /// `Invalid learning rate: -1` (a NaN fails too); a non-number is CPython's `TypeError`.
    func requireNonNegative(_ name: String, _ what: String) throws {
        if !(try number(name) >= 0) { throw EngineError.value("Invalid \(what): \(self[name].repr)") }
    }

    /// The checks every Adam-family constructor starts with: lr, eps, betas, weight_decay.
    func checkAdamFamily(requireFloatBetas: Bool) throws {
        try requireNonNegative("lr", "learning rate")
        try requireNonNegative("eps", "epsilon value")
        try Adam.checkBetas(self, requireFloats: requireFloatBetas)
        try requireNonNegative("weight_decay", "weight_decay value")
    }
}
