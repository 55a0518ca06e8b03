import Engine

/// `nn.Module`'s methods: `__init__`, `__call__`, traversal, `state_dict`, modes, grads.
extension NNLibrary {
    static func iterator(_ items: [Value]) -> Value { .object(PyIterator(items: items, kind: "generator")) }

    static func pair(_ a: Value, _ b: Value) -> Value { .tuple(PyTuple.build(count: 2) { $0 == 0 ? a : b }) }

    static func installModuleMethods(_ c: PyClass) {
        method(c, "__init__") { _, m, args in
            _ = try args.bind("Module.__init__", [])
            m.initialized = true
            return .none
        }
        c.attributes["__call__"] = .builtin(moduleCall)
        // `Module.__getattr__`: the registered parameters, buffers and submodules, so that a
        // subclass's own `__getattr__` can fall back on `super().__getattr__(name)`.
        method(c, "__getattr__") { interp, m, args in
            let a = try args.positionalOnly("__getattr__", 1...1)
            guard case .str(let name) = a[0] else {
                throw PyError("TypeError", "attribute name must be string, not '\(a[0].typeName)'")
            }
            if let v = try m.nativeAttribute(name, interp) { return v }
            throw interp.attributeError(.object(m), name)
        }
        method(c, "forward") { _, m, _ in
            throw PyError("NotImplementedError", "Module [\(m.cls.name)] is missing the required \"forward\" function")
        }
        method(c, "extra_repr") { _, m, _ in .str(m.extraRepr()) }
        method(c, "parameters") { interp, m, args in
            let a = try args.bind("parameters", ["recurse"])
            let recurse = try a[0].map { try interp.truthy($0) } ?? true
            return iterator(try m.namedParameters(recurse: recurse).map { .object($0.1) })
        }
        method(c, "named_parameters") { interp, m, args in
            let a = try args.bind("named_parameters", ["prefix", "recurse"])
            var prefix = ""
            if let p = a[0], case .str(let s) = p { prefix = s }
            let recurse = try a[1].map { try interp.truthy($0) } ?? true
            return iterator(try m.namedParameters(recurse: recurse).map {
                pair(.str(prefix.isEmpty ? $0.0 : prefix + "." + $0.0), .object($0.1))
            })
        }
        method(c, "children") { _, m, _ in iterator(m.children.compactMap { $0.value.map { .object($0) } }) }
        method(c, "named_children") { _, m, _ in
            iterator(m.children.compactMap { entry in entry.value.map { pair(.str(entry.name), .object($0)) } })
        }
        method(c, "modules") { _, m, _ in
            var memo = Set<ObjectIdentifier>()
            return iterator(try m.namedModules(memo: &memo).map { .object($0.1) })
        }
        method(c, "named_modules") { _, m, _ in
            var memo = Set<ObjectIdentifier>()
            return iterator(try m.namedModules(memo: &memo).map { pair(.str($0.0), .object($0.1)) })
        }
        // `get_submodule("a.b")`: each dotted name read as an attribute, as torch walks it.
        method(c, "get_submodule") { interp, m, args in
            let a = try args.bind("get_submodule", ["target"], required: 1)
            guard case .str(let target) = a[0]! else { throw PyError("AttributeError", "'\(a[0]!.typeName)' object has no attribute 'split'") }
            var current: ModuleObject = m
            guard !target.isEmpty else { return .object(m) }
            for item in target.split(separator: ".", omittingEmptySubsequences: false).map(String.init) {
                // `hasattr(mod, item)`: an AttributeError means absent.
                var found: Value?
                do { found = try interp.getAttributeIfPresent(.object(current), item) } catch let e as PyError where e.matches("AttributeError", interp) {}
                guard let next = found else {
                    throw PyError("AttributeError", "\(current.cls.name) has no attribute `\(item)`")
                }
                guard case .object(let sub as ModuleObject) = next else { throw PyError("AttributeError", "`\(item)` is not an nn.Module") }
                current = sub
            }
            return .object(current)
        }
        method(c, "train") { interp, m, args in
            let a = try args.bind("train", ["mode"])
            let mode = try a[0].map { try interp.truthy($0) } ?? true
            var memo = Set<ObjectIdentifier>()
            for (_, sub) in try m.namedModules(memo: &memo) { sub.training = mode }
            return .object(m)
        }
        method(c, "eval") { _, m, args in
            _ = try args.bind("eval", [])
            var memo = Set<ObjectIdentifier>()
            for (_, sub) in try m.namedModules(memo: &memo) { sub.training = false }
            return .object(m)
        }
        method(c, "zero_grad") { interp, m, args in
            let a = try args.bind("zero_grad", ["set_to_none"])
            let toNone = try a[0].map { try interp.truthy($0) } ?? true
            for (_, p) in try m.namedParameters() {
                if toNone { p.storage.grad = nil } else if let g = p.storage.grad { try GradMode.withNoGrad { try g.zero() } }
            }
            return .none
        }
        method(c, "requires_grad_") { interp, m, args in
            let a = try args.bind("requires_grad_", ["requires_grad"])
            let flag = try a[0].map { try interp.truthy($0) } ?? true
            for (_, p) in try m.namedParameters() { try p.storage.setRequiresGrad(flag) }
            return .object(m)
        }
        method(c, "apply") { interp, m, args in
            let a = try args.bind("apply", ["fn"], required: 1)
            try applyRecursively(m, a[0]!, interp)
            return .object(m)
        }
        installConversionMethods(c)
        method(c, "add_module") { interp, m, args in
            let a = try args.bind("add_module", ["name", "module"], required: 2)
            guard case .str(let name) = a[0]! else { throw PyError("TypeError", "module name should be a string. Got \(a[0]!.typeName)") }
            if case .object(let sub as ModuleObject) = a[1]! { m.setChild(name, sub) } else if a[1]!.isNone { m.setChild(name, nil) } else {
                throw PyError("TypeError", "\(TorchLibrary.legacyTypeName(a[1]!)) is not a Module subclass")
            }
            return .none
        }
        c.attributes["register_module"] = c.attributes["add_module"]
        method(c, "register_parameter") { _, m, args in
            let a = try args.bind("register_parameter", ["name", "param"], required: 2)
            guard case .str(let name) = a[0]! else { throw PyError("TypeError", "parameter name should be a string. Got \(a[0]!.typeName)") }
            if case .object(let p as TensorObject) = a[1]!, p.isParameter { m.setParameter(name, p) } else if a[1]!.isNone { m.setParameter(name, nil) } else {
                throw PyError("TypeError", "cannot assign '\(TorchLibrary.legacyTypeName(a[1]!))' object to parameter '\(name)' (torch.nn.Parameter or None required)")
            }
            return .none
        }
        method(c, "state_dict") { _, m, _ in
            .object(OrderedDictObject(try m.stateEntries().map { ($0.0, Value.object(TensorObject(dataOf: $0.1.storage))) }))
        }
        method(c, "register_buffer") { interp, m, args in
            let a = try args.bind("register_buffer", ["name", "tensor", "persistent"], required: 2)
            guard m.initialized else { throw PyError("AttributeError", "cannot assign buffer before Module.__init__() call") }
            guard case .str(let name) = a[0]! else { throw PyError("TypeError", "buffer name should be a string. Got \(TorchLibrary.legacyTypeName(a[0]!))") }
            func keyError(_ text: String) -> PyError {
                var e = PyError("KeyError", (try? interp.repr(.str(text))) ?? text)
                e.instance = .object(PyExceptionObject(cls: interp.exceptionClass(named: "KeyError"), args: [.str(text)]))
                return e
            }
            if name.contains(".") { throw keyError("buffer name can't contain \".\"") }
            if name.isEmpty { throw keyError("buffer name can't be empty string \"\"") }
            if !m.buffers.contains(where: { $0.name == name }),
               m.parameter(name) != nil || m.children.contains(where: { $0.name == name }) || m.dict.get(name) != nil || m.cls.lookup(name) != nil {
                throw keyError("attribute '\(name)' already exists")
            }
            let persistent = try a[2].map { try interp.truthy($0) } ?? true
            switch a[1]! {
            case .none: m.setBuffer(name, nil, persistent: persistent)
            case .object(let t as TensorObject): m.setBuffer(name, t, persistent: persistent)
            default:
                throw PyError("TypeError", "cannot assign '\(TorchLibrary.legacyTypeName(a[1]!))' object to buffer '\(name)' (torch Tensor or None required)")
            }
            return .none
        }
        method(c, "buffers") { interp, m, args in
            let a = try args.bind("buffers", ["recurse"])
            let recurse = try a[0].map { try interp.truthy($0) } ?? true
            return iterator(try m.namedBuffers(recurse: recurse).map { .object($0.1) })
        }
        method(c, "named_buffers") { interp, m, args in
            let a = try args.bind("named_buffers", ["prefix", "recurse", "remove_duplicate"])
            var prefix = ""
            if let p = a[0], case .str(let s) = p { prefix = s }
            let recurse = try a[1].map { try interp.truthy($0) } ?? true
            return iterator(try m.namedBuffers(recurse: recurse).map {
                pair(.str(prefix.isEmpty ? $0.0 : prefix + "." + $0.0), .object($0.1))
            })
        }
        method(c, "load_state_dict") { interp, m, args in
            let a = try args.bind("load_state_dict", ["state_dict", "strict", "assign"], required: 1)
            let strict = try a[1].map { try interp.truthy($0) } ?? true
            var given: [(String, Value)] = []
            switch a[0]! {
            case .object(let od as OrderedDictObject): given = od.entries
            case .dict(let d): given = d.pairs.compactMap { if case .str(let k) = $0.0 { return (k, $0.1) } else { return nil } }
            default: throw PyError("TypeError", "Expected state_dict to be dict-like, got <class '\(a[0]!.typeName)'>.")
            }
            let own = try m.namedParameters() + m.stateEntries().filter { entry in !entry.1.isParameter }
            let missing = own.map(\.0).filter { name in !given.contains { $0.0 == name } }
            let unexpected = given.map(\.0).filter { name in !own.contains { $0.0 == name } }
            if strict && (!missing.isEmpty || !unexpected.isEmpty) {
                var parts: [String] = []
                // torch inserts each at the front: missing keys first, then unexpected ones
                if !missing.isEmpty { parts.append("Missing key(s) in state_dict: " + missing.map { "\"\($0)\"" }.joined(separator: ", ") + ". ") }
                if !unexpected.isEmpty { parts.append("Unexpected key(s) in state_dict: " + unexpected.map { "\"\($0)\"" }.joined(separator: ", ") + ". ") }
                throw PyError("RuntimeError", "Error(s) in loading state_dict for \(m.cls.name):\n\t" + parts.joined(separator: "\n\t"))
            }
            for (name, p) in own {
                guard let v = given.first(where: { $0.0 == name })?.1 else { continue }
                let source = try TorchLibrary.tensor(v, name)
                guard source.shape == p.storage.shape else {
                    throw PyError("RuntimeError", "Error(s) in loading state_dict for \(m.cls.name):\n\tsize mismatch for \(name): copying a param with shape \(Tensor.sizeText(source.shape)) from checkpoint, the shape in current model is \(Tensor.sizeText(p.storage.shape)).")
                }
                try GradMode.withNoGrad { try p.storage.copy(from: source) }
            }
            return .object(IncompatibleKeysObject(missing: missing, unexpected: unexpected))
        }
    }

    /// `Module.apply`: children first, then `m`; torch recurses in Python, so a tree deeper
    /// than the recursion limit raises RecursionError.
    static func applyRecursively(_ m: ModuleObject, _ fn: Value, _ interp: Interpreter, depth: Int = 1) throws {
        if depth > ModuleObject.maxTraversalDepth { throw PyError("RecursionError", "maximum recursion depth exceeded") }
        for (_, child) in m.children { if let child { try applyRecursively(child, fn, interp, depth: depth + 1) } }
        _ = try interp.call(fn, Arguments([.object(m)]))
    }
}

/// `collections.OrderedDict` as `state_dict()` returns it.
final class OrderedDictObject: PyInstance {
    var entries: [(String, Value)]
    static let orderedDictClass: PyClass = {
        let c = PyClass("OrderedDict", module: "collections")
        func own(_ v: Value) -> OrderedDictObject? { if case .object(let o as OrderedDictObject) = v { return o }; return nil }
        c.attributes["__len__"] = .builtin(PyBuiltin.method("__len__") { _, r, _ in .int(own(r)?.entries.count ?? 0) })
        c.attributes["__iter__"] = .builtin(PyBuiltin.method("__iter__") { _, r, _ in NNLibrary.iterator(own(r)?.entries.map { .str($0.0) } ?? []) })
        /// `odict_keys([...])` and friends: views of a snapshot as a collections.OrderedDict's.
        func view(_ r: Value, _ kind: PyDictView.Kind) -> Value {
            let d = PyDict(own(r)?.entries ?? [])
            d.flavor = DictFlavor(.ordered)
            return .object(PyDictView(d, kind))
        }
        c.attributes["keys"] = .builtin(PyBuiltin.method("keys") { _, r, _ in view(r, .keys) })
        c.attributes["values"] = .builtin(PyBuiltin.method("values") { _, r, _ in view(r, .values) })
        c.attributes["items"] = .builtin(PyBuiltin.method("items") { _, r, _ in view(r, .items) })
        c.attributes["__getitem__"] = .builtin(PyBuiltin.method("__getitem__") { interp, r, args in
            guard let key = args.positional.first, case .str(let k) = key, let v = own(r)?.entries.first(where: { $0.0 == k })?.1 else {
                throw PyError("KeyError", try interp.repr(args.positional.first ?? .none))
            }
            return v
        })
        c.attributes["__contains__"] = .builtin(PyBuiltin.method("__contains__") { _, r, args in
            guard let key = args.positional.first, case .str(let k) = key else { return .bool(false) }
            return .bool(own(r)?.entries.contains { $0.0 == k } ?? false)
        })
        return c
    }()

    init(_ entries: [(String, Value)]) {
        self.entries = entries
        super.init(cls: OrderedDictObject.orderedDictClass)
    }

    override func nativeRepr(_ interp: Interpreter) throws -> String {
        if entries.isEmpty { return "OrderedDict()" }
        return "OrderedDict([" + (try entries.map { "('\($0.0)', \(try interp.repr($0.1)))" }).joined(separator: ", ") + "])"
    }
}

/// What `load_state_dict` returns: `<All keys matched successfully>` when nothing is missing.
final class IncompatibleKeysObject: PyObject {
    let missing: [String], unexpected: [String]
    init(missing: [String], unexpected: [String]) { (self.missing, self.unexpected) = (missing, unexpected) }
    static let incompatibleKeysClass = PyClass("_IncompatibleKeys", module: "torch.nn.modules.module")
    var pyClass: PyClass { IncompatibleKeysObject.incompatibleKeysClass }
    func repr(_ interp: Interpreter) throws -> String {
        if missing.isEmpty && unexpected.isEmpty { return "<All keys matched successfully>" }
        let m = missing.map { "'\($0)'" }.joined(separator: ", "), u = unexpected.map { "'\($0)'" }.joined(separator: ", ")
        return "_IncompatibleKeys(missing_keys=[\(m)], unexpected_keys=[\(u)])"
    }
    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "missing_keys": return .list(PyList(missing.map { .str($0) }))
        case "unexpected_keys": return .list(PyList(unexpected.map { .str($0) }))
        default: return nil
        }
    }
}
