/// One entry of an optimizer's `param_groups`: the parameters and their options, in
/// PyTorch's key order (`lr`, `momentum`, ... then keys schedulers add such as `initial_lr`).
///
/// A reference type so schedulers and scripts (`optimizer.param_groups[0]["lr"] = 0.1`)
/// change the options the optimizer reads at its next `step()`.
public final class ParamGroup {
    /// The tensors this group updates.
    public var params: [Tensor]
    /// Option names and values in insertion order (the order Python prints them).
    public private(set) var options: [(key: String, value: EngineValue)]

    init(params: [Tensor], options: [(key: String, value: EngineValue)]) {
        self.params = params
        self.options = options
    }

    /// A group with each tensor (parameters, tensor-valued options) replaced by `mapping`'s
    /// copy and the options as they are now.
    public func copy(mapping: (Tensor) throws -> Tensor) rethrows -> ParamGroup {
        ParamGroup(params: try params.map(mapping), options: try options.map { ($0.key, try $0.value.mappingTensors(mapping)) })
    }

    /// The option `key`, or nil.
    public subscript(key: String) -> EngineValue? {
        get { options.first { $0.key == key }?.value }
        set {
            if let i = options.firstIndex(where: { $0.key == key }) {
                if let newValue { options[i].value = newValue } else { options.remove(at: i) }
            } else if let newValue {
                options.append((key, newValue))
            }
        }
    }

    /// Python's `dict.setdefault`.
    @discardableResult
    public func setDefault(_ key: String, _ value: EngineValue) -> EngineValue {
        if let existing = self[key] { return existing }
        self[key] = value
        return value
    }

    /// The learning rate as a double (`group["lr"]`).
    public var lr: Double {
        get { number("lr") }
        set { self["lr"] = .double(newValue) }
    }

    /// A numeric option (0 when missing or not numeric).
    func number(_ key: String) -> Double {
        for option in options where option.key == key { return option.value.number ?? 0 }
        return 0
    }

    /// A boolean option (false when missing).
    func flag(_ key: String) -> Bool {
        for option in options where option.key == key {
            if case .bool(let b) = option.value { return b }
            return (option.value.number ?? 0) != 0
        }
        return false
    }

    /// The two numbers of a `betas` tuple.
    func pair(_ key: String) -> (Double, Double) {
        if case .tuple(let items)? = self[key], items.count == 2 {
            return (items[0].number ?? 0, items[1].number ?? 0)
        }
        if case .list(let items)? = self[key], items.count == 2 {
            return (items[0].number ?? 0, items[1].number ?? 0)
        }
        return (0, 0)
    }
}
