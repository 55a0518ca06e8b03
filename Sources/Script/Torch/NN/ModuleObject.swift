import Engine

/// A `torch.nn.Module` instance: a library layer (`Linear`, `Sequential`…) or an instance of
/// a script class deriving from `nn.Module`.
///
/// Parameters and submodules assigned as attributes are registered in assignment order, as
/// `Module.__setattr__` does; plain values go to the instance's `__dict__`. Built-in layers
/// keep their configuration (`in_features`, `p`…) in `__dict__` too, so scripts read it as
/// in PyTorch, and their `forward` is a Swift closure stored in `forwardBody`.
final class ModuleObject: PyInstance {
    /// Registered parameters in order; nil for `register_parameter(name, None)` (`bias=False`).
    var parameters: [(name: String, value: TensorObject?)] = []
    /// Registered submodules in order.
    var children: [(name: String, value: ModuleObject?)] = []
    /// Buffers from `register_buffer`, in order; non-persistent ones stay out of `state_dict`.
    var buffers: [(name: String, value: TensorObject?, persistent: Bool)] = []
    var training = true
    /// Whether `Module.__init__` ran (assigning a parameter or module before it fails, as in torch).
    var initialized = false
    /// `extra_repr()` of a library layer.
    var extraRepr: () -> String = { "" }
    /// `NNLibrary.nativeBody`'s answer for this module's class at a class generation.
    var nativeForwardCache: (generation: Int, body: NNLibrary.NativeBody?)?

    func parameter(_ name: String) -> TensorObject? { parameters.first { $0.name == name }?.value }
    func child(_ name: String) -> ModuleObject? { children.first { $0.name == name }?.value }

    func setParameter(_ name: String, _ value: TensorObject?) {
        if let i = parameters.firstIndex(where: { $0.name == name }) { parameters[i].value = value } else { parameters.append((name, value)) }
    }

    func setBuffer(_ name: String, _ value: TensorObject?, persistent: Bool) {
        if let i = buffers.firstIndex(where: { $0.name == name }) {
            buffers[i] = (name, value, persistent)
        } else {
            buffers.append((name, value, persistent))
        }
    }

    func setChild(_ name: String, _ value: ModuleObject?) {
        if let i = children.firstIndex(where: { $0.name == name }) { children[i].value = value } else { children.append((name, value)) }
    }

    override func nativeAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        if let i = parameters.firstIndex(where: { $0.name == name }) { return parameters[i].value.map { .object($0) } ?? Value.none }
        if let i = children.firstIndex(where: { $0.name == name }) { return children[i].value.map { .object($0) } ?? Value.none }
        if let i = buffers.firstIndex(where: { $0.name == name }) { return buffers[i].value.map { .object($0) } ?? Value.none }
        if name == "training" { return .bool(training) }
        return nil
    }

    override var nativeAttributeNames: [String] { parameters.map(\.name) + children.map(\.name) + buffers.map(\.name) + ["training"] }

    override func setNativeAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool {
        if name == "training" {
            training = try interp.truthy(value)
            return true
        }
        if case .object(let t as TensorObject) = value, t.isParameter {
            guard initialized else { throw PyError("AttributeError", "cannot assign parameters before Module.__init__() call") }
            _ = try dict.remove(.str(name))
            children.removeAll { $0.name == name }
            setParameter(name, t)
            return true
        }
        if case .object(let m as ModuleObject) = value {
            guard initialized else { throw PyError("AttributeError", "cannot assign module before Module.__init__() call") }
            _ = try dict.remove(.str(name))
            parameters.removeAll { $0.name == name }
            setChild(name, m)
            return true
        }
        if let i = buffers.firstIndex(where: { $0.name == name }) {
            switch value {
            case .none: buffers[i].value = nil
            case .object(let t as TensorObject): buffers[i].value = t
            default:
                throw PyError("TypeError", "cannot assign '\(TorchLibrary.legacyTypeName(value))' as buffer '\(name)' (torch.nn.Buffer, torch.Tensor or None expected)")
            }
            return true
        }
        if parameters.contains(where: { $0.name == name }) {
            guard value.isNone else {
                throw PyError("TypeError", "cannot assign '\(TorchLibrary.legacyTypeName(value))' as parameter '\(name)' (torch.nn.Parameter or None expected)")
            }
            setParameter(name, nil)
            return true
        }
        if children.contains(where: { $0.name == name }) {
            guard value.isNone else {
                throw PyError("TypeError", "cannot assign '\(TorchLibrary.legacyTypeName(value))' as child module '\(name)' (torch.nn.Module or None expected)")
            }
            setChild(name, nil)
            return true
        }
        return false
    }

    override func deleteNativeAttribute(_ name: String, _ interp: Interpreter) throws -> Bool {
        if let i = parameters.firstIndex(where: { $0.name == name }) { parameters.remove(at: i); return true }
        if let i = children.firstIndex(where: { $0.name == name }) { children.remove(at: i); return true }
        if let i = buffers.firstIndex(where: { $0.name == name }) { buffers.remove(at: i); return true }
        return false
    }

    /// `repr(module)` as `Module.__repr__` builds it from `extra_repr()` and the children.
    override func nativeRepr(_ interp: Interpreter) throws -> String {
        let extra: String
        if cls.lookup("extra_repr").map({ !ModuleObject.isLibraryMethod($0) }) ?? false {
            guard case .str(let s) = try interp.callMethod(.object(self), "extra_repr", Arguments()) else {
                throw PyError("TypeError", "extra_repr() must return a str")
            }
            extra = s
        } else {
            extra = extraRepr()
        }
        let extraLines = extra.isEmpty ? [] : extra.components(separatedBy: "\n")
        let childLines = try childReprLines(interp)
        var main = cls.name + "("
        let lines = extraLines + childLines
        if !lines.isEmpty {
            if extraLines.count == 1 && childLines.isEmpty {
                main += extraLines[0]
            } else {
                main += "\n  " + lines.joined(separator: "\n  ") + "\n"
            }
        }
        return main + ")"
    }

    /// `(name): child` lines; `ModuleList` groups runs of identical children as torch 2 does.
    func childReprLines(_ interp: Interpreter) throws -> [String] {
        let entries = try children.map { ($0.name, try $0.value.map { try interp.repr(.object($0)) } ?? "None") }
        guard cls.name == "ModuleList" || cls.isSubclass(of: NNLibrary.moduleListClass) else {
            return entries.map { "(\($0.0)): " + ModuleObject.indent($0.1) }
        }
        var lines: [String] = []
        var start = 0
        while start < entries.count {
            var end = start
            while end + 1 < entries.count && entries[end + 1].1 == entries[start].1 { end += 1 }
            let body = ModuleObject.indent(entries[start].1)
            if end > start {
                lines.append("(\(entries[start].0)-\(entries[end].0)): \(end - start + 1) x " + body)
            } else {
                lines.append("(\(entries[start].0)): " + body)
            }
            start = end + 1
        }
        return lines
    }

    /// torch's `_addindent(s, 2)`: every line after the first indented by two spaces.
    static func indent(_ s: String) -> String {
        let lines = s.components(separatedBy: "\n")
        guard lines.count > 1 else { return s }
        return lines[0] + "\n" + lines.dropFirst().map { "  " + $0 }.joined(separator: "\n")
    }

    static func isLibraryMethod(_ v: Value) -> Bool {
        if case .builtin = v { return true }
        return false
    }

    override func takeReferences(into work: inout [Value]) {
        work.append(contentsOf: parameters.compactMap { $0.value.map { .object($0) } })
        work.append(contentsOf: children.compactMap { $0.value.map { .object($0) } })
        work.append(contentsOf: buffers.compactMap { $0.value.map { .object($0) } })
        parameters = []
        children = []
        buffers = []
        super.takeReferences(into: &work)
    }

    // MARK: Traversal

    /// `named_modules()`: this module then every submodule, each once, with dotted names.
    ///
    /// torch walks the tree with recursive generators, so a tree nested deeper than the
    /// recursion limit raises RecursionError there; here too, which also keeps the dotted
    /// names (each as long as its depth) from growing quadratically.
    func namedModules(prefix: String = "", memo: inout Set<ObjectIdentifier>) throws -> [(String, ModuleObject)] {
        var out: [(String, ModuleObject)] = []
        try collectModules(prefix: prefix, depth: 1, memo: &memo, into: &out)
        return out
    }

    /// The deepest module tree walked: CPython's default recursion limit.
    static let maxTraversalDepth = 1000

    private func collectModules(prefix: String, depth: Int, memo: inout Set<ObjectIdentifier>, into out: inout [(String, ModuleObject)]) throws {
        guard memo.insert(ObjectIdentifier(self)).inserted else { return }
        if depth > ModuleObject.maxTraversalDepth { throw PyError("RecursionError", "maximum recursion depth exceeded") }
        out.append((prefix, self))
        for (name, child) in children {
            guard let child else { continue }
            try child.collectModules(prefix: prefix.isEmpty ? name : prefix + "." + name, depth: depth + 1, memo: &memo, into: &out)
        }
    }

    /// `named_buffers()`: every buffer once, named by its module path.
    func namedBuffers(recurse: Bool = true) throws -> [(String, TensorObject)] {
        var memo = Set<ObjectIdentifier>()
        var seen = Set<ObjectIdentifier>()
        let modules = recurse ? try namedModules(memo: &memo) : [("", self)]
        var out: [(String, TensorObject)] = []
        for (prefix, module) in modules {
            for (name, b, _) in module.buffers {
                guard let b, seen.insert(ObjectIdentifier(b)).inserted else { continue }
                out.append((prefix.isEmpty ? name : prefix + "." + name, b))
            }
        }
        return out
    }

    /// The entries of `state_dict()`: each module's parameters, then its persistent buffers,
    /// then its submodules', with dotted names.
    func stateEntries() throws -> [(String, TensorObject)] {
        var memo = Set<ObjectIdentifier>()
        return try namedModules(memo: &memo).flatMap { prefix, module in
            let own = module.parameters.compactMap { name, p in p.map { (name, $0) } }
                + module.buffers.compactMap { name, b, persistent in persistent ? b.map { (name, $0) } : nil }
            return own.map { (prefix.isEmpty ? $0.0 : prefix + "." + $0.0, $0.1) }
        }
    }

    /// `named_parameters()`: every parameter once, named by its module path.
    func namedParameters(recurse: Bool = true) throws -> [(String, TensorObject)] {
        var memo = Set<ObjectIdentifier>()
        var seen = Set<ObjectIdentifier>()
        let modules = recurse ? try namedModules(memo: &memo) : [("", self)]
        var out: [(String, TensorObject)] = []
        for (prefix, module) in modules {
            for (name, p) in module.parameters {
                guard let p, seen.insert(ObjectIdentifier(p.storage)).inserted else { continue }
                out.append((prefix.isEmpty ? name : prefix + "." + name, p))
            }
        }
        return out
    }
}
