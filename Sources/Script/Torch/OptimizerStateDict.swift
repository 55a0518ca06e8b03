import Engine

extension OptimizerObject {
    /// `optimizer.state_dict()` as torch packs it: `state` keyed by each parameter's position
    /// across all groups (only parameters that have state), and `param_groups` with each
    /// group's options in order followed by its `params` as positions.
    func stateDict() -> PyDict {
        let state = PyDict()
        var groups: [Value] = []
        var index = 0
        for group in optimizer.paramGroups {
            var positions: [Value] = []
            for p in group.params {
                let entries = optimizer.state(of: p)
                if !entries.isEmpty {
                    try? state.set(.int(index), .dict(PyDict(entries.map { ($0.key, OptimLibrary.scriptValue($0.value)) })))
                }
                positions.append(.int(index))
                index += 1
            }
            var pairs: [(String, Value)] = group.options.filter { $0.key != "params" }.map { ($0.key, OptimLibrary.scriptValue($0.value)) }
            pairs.append(("params", .list(PyList(positions))))
            groups.append(.dict(PyDict(pairs)))
        }
        return PyDict([("state", .dict(state)), ("param_groups", .list(PyList(groups)))])
    }
}

extension OptimizerObject {
    /// `optimizer.load_state_dict(state_dict)`: the saved groups' options replace the
    /// current ones (each keeps its parameters) and the saved per-parameter state, keyed by
    /// position across the saved groups, goes to the parameter at that position, as
    /// PyTorch's `Optimizer.load_state_dict` maps them.
    func loadStateDict(_ value: Value, _ interp: Interpreter) throws {
        // torch starts with `state_dict.copy()`, then reads `state_dict["param_groups"]`.
        guard case .dict(let sd) = value else {
            switch value {
            case .list: throw PyError("TypeError", "list indices must be integers or slices, not str")
            default: throw PyError("AttributeError", "'\(value.typeName)' object has no attribute 'copy'")
            }
        }
        func entry(_ d: PyDict, _ key: String) throws -> Value {
            guard let v = try d.get(.str(key)) else { throw interp.keyError(.str(key)) }
            return v
        }
        let savedGroups = try interp.collect(try entry(sd, "param_groups"))
        guard savedGroups.count == optimizer.paramGroups.count else {
            throw PyError("ValueError", "loaded state dict has a different number of parameter groups")
        }
        guard case .dict(let savedState) = try entry(sd, "state") else {
            throw PyError("TypeError", "state must be a dict")
        }
        var groups: [[(key: String, value: EngineValue)]] = []
        var states: [[[String: EngineValue]?]] = []
        for g in savedGroups {
            guard case .dict(let group) = g else { throw PyError("TypeError", "param_groups must hold dicts") }
            var options: [(key: String, value: EngineValue)] = []
            var positions: [[String: EngineValue]?] = []
            for (k, v) in group.pairs {
                guard case .str(let key) = k else { continue }
                if key == "params" {
                    for id in try interp.collect(v) {
                        guard let saved = try savedState.get(id) else { positions.append(nil); continue }
                        guard case .dict(let s) = saved else { positions.append(nil); continue }
                        var entries: [String: EngineValue] = [:]
                        for (sk, sv) in s.pairs {
                            if case .str(let name) = sk { entries[name] = try OptimLibrary.engineValue(sv, interp) }
                        }
                        positions.append(entries)
                    }
                } else if key != "param_names" {
                    options.append((key, try OptimLibrary.engineValue(v, interp)))
                }
            }
            groups.append(options)
            states.append(positions)
        }
        try optimizer.loadStateDict(groups: groups, states: states)
    }
}
