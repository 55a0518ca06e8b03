/// How builtins bind their arguments: named slots, positional-only counts, NumPy keyword
/// aliases and torch's leading `input`, with CPython's and torch's wording of the errors.
extension Arguments {
    /// The torch parameter a NumPy-style keyword stands for: torch's argument parser accepts
    /// `axis` for `dim` and `keepdims` for `keepdim` wherever a function takes those
    /// (`X.sum(axis=0, keepdims=True)`, as d2l writes it). Only signatures with a `dim` or
    /// `keepdim` slot are affected, so Python builtins keep their own errors.
    static func numpyAlias(_ keyword: String) -> String? {
        switch keyword {
        case "axis": return "dim"
        case "keepdims": return "keepdim"
        default: return nil
        }
    }

    /// Takes out a torch function's leading `input` argument, given by position or as
    /// `input=`; nil when the call has neither (each caller words torch's error).
    mutating func removeInput() -> Value? {
        if !positional.isEmpty { return positional.removeFirst() }
        guard let k = keywords.firstIndex(where: { $0.0 == "input" }) else { return nil }
        return keywords.remove(at: k).1
    }

    /// Binds arguments to named slots the way a builtin's signature does.
    ///
    /// `builtin` words the errors as CPython's C functions do (Argument Clinic): more
    /// arguments than slots counts keywords too ("takes at most 2 arguments (3 given)"), and
    /// an unknown keyword is "'k' is an invalid keyword argument for f()"; without it they
    /// read as a Python function's ("got an unexpected keyword argument 'k'").
    func bind(_ function: String, _ names: [String], required: Int = 0, builtin: Bool = false) throws -> [Value?] {
        var slots = [Value?](repeating: nil, count: names.count)
        let given = positional.count + keywords.count
        if builtin, given > names.count, names.count > 0 {
            throw PyError("TypeError", "\(function)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(given) given)")
        }
        if positional.count > names.count {
            if names.count == 0 {
                throw PyError("TypeError", "\(function)() takes no arguments (\(positional.count) given)")
            }
            throw PyError("TypeError", "\(function)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(positional.count) given)")
        }
        for (i, v) in positional.enumerated() { slots[i] = v }
        for (k, v) in keywords {
            guard let i = names.firstIndex(of: k) ?? Self.numpyAlias(k).flatMap(names.firstIndex(of:)) else {
                if builtin { throw PyError("TypeError", "'\(k)' is an invalid keyword argument for \(function)()") }
                throw PyError("TypeError", "\(function)() got an unexpected keyword argument '\(k)'")
            }
            if slots[i] != nil {
                throw PyError("TypeError", "argument for \(function)() given by name ('\(k)') and position (\(i + 1))")
            }
            slots[i] = v
        }
        for i in 0..<required where slots[i] == nil {
            throw PyError("TypeError", "\(function)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return slots
    }

    /// For builtins that take only positional arguments: their count must lie in `range`.
    /// Errors are worded as CPython's: "f() takes exactly one argument (2 given)" for one
    /// (`METH_O`), "f expected 2 arguments, got 1" for several (Argument Clinic).
    func positionalOnly(_ function: String, _ range: ClosedRange<Int>) throws -> [Value] {
        if let k = keywords.first {
            throw PyError("TypeError", "\(function)() takes no keyword arguments" + (k.0.isEmpty ? "" : ""))
        }
        if range.lowerBound == range.upperBound, range.lowerBound > 1, positional.count != range.lowerBound {
            throw PyError("TypeError", "\(function) expected \(range.lowerBound) arguments, got \(positional.count)")
        }
        if positional.count < range.lowerBound {
            if range.lowerBound == range.upperBound {
                throw PyError("TypeError", "\(function)() takes exactly \(range.lowerBound == 1 ? "one argument" : "\(range.lowerBound) arguments") (\(positional.count) given)")
            }
            throw PyError("TypeError", "\(function) expected at least \(range.lowerBound) argument\(range.lowerBound == 1 ? "" : "s"), got \(positional.count)")
        }
        if positional.count > range.upperBound {
            if range.lowerBound == range.upperBound {
                if range.upperBound == 0 { throw PyError("TypeError", "\(function)() takes no arguments (\(positional.count) given)") }
                throw PyError("TypeError", "\(function)() takes exactly \(range.lowerBound == 1 ? "one argument" : "\(range.lowerBound) arguments") (\(positional.count) given)")
            }
            throw PyError("TypeError", "\(function) expected at most \(range.upperBound) argument\(range.upperBound == 1 ? "" : "s"), got \(positional.count)")
        }
        return positional
    }
}
