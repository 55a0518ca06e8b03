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
