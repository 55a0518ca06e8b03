import Engine

/// `nn.Sequential` and `nn.ModuleList`: children named "0", "1", … with indexing, `len`,
/// iteration and `append`.
extension NNLibrary {
    static func index(_ v: Value, count: Int, _ interp: Interpreter, _ kind: String) throws -> Int {
        let i = try interp.toInt(v, kind)
        let j = i < 0 ? i + count : i
        guard j >= 0 && j < count else { throw PyError("IndexError", "index \(i) is out of range") }
        return j
    }

    static func containerModule(_ v: Value, _ position: Int) throws -> ModuleObject {
        guard case .object(let m as ModuleObject) = v else {
            throw PyError("TypeError", "\(TorchLibrary.legacyTypeName(v)) is not a Module subclass")
        }
        return m
    }

    /// `Sequential.forward`: each child on the previous one's output; a library layer on a
    /// tensor is called straight through its Swift forward, and a run of such layers passes
    /// the engine's tensor along, wrapped for scripts only when a Python-level call needs it
    /// or at the end (no script can see the intermediate objects).
    static func sequentialForward(_ interp: Interpreter, _ m: ModuleObject, _ input: Value) throws -> Value {
        var x = input
        var tensor: Tensor? = nil
        for (_, child) in m.children {
            guard let child else { continue }
            if let forward = nativeForward(child) {
                if let t = tensor {
                    tensor = try forward(interp, child, t)
                    continue
                }
                if case .object(let t as TensorObject) = x {
                    tensor = try forward(interp, child, t.tensor)
                    continue
                }
            }
            if let t = tensor { x = TorchLibrary.wrap(t); tensor = nil }
            x = try interp.call(.object(child), Arguments([x]))
        }
        if let t = tensor { return TorchLibrary.wrap(t) }
        return x
    }

    static let containerClasses: [String: PyClass] = {
        var all: [String: PyClass] = [:]
        for name in ["Sequential", "ModuleList"] {
            let c = layerClass(name, module: "torch.nn.modules.container") { interp, m, args in
                if name == "Sequential" {
                    if args.positional.count == 1, case .object(let od as OrderedDictObject) = args.positional[0] {
                        for (key, v) in od.entries { m.setChild(key, try containerModule(v, 0)) }
                        return
                    }
                    // `Sequential(OrderedDict([("fc1", nn.Linear(…)), …]))` names its children.
                    if args.positional.count == 1, case .dict(let d) = args.positional[0], d.flavor?.kind == .ordered {
                        for (key, v) in d.pairs {
                            guard case .str(let name) = key else {
                                throw PyError("TypeError", "module name should be a string. Got \(key.typeName)")
                            }
                            m.setChild(name, try containerModule(v, 0))
                        }
                        return
                    }
                    for (i, v) in args.positional.enumerated() { m.setChild(String(i), try containerModule(v, i)) }
                } else {
                    let a = try args.bind(name, ["modules"])
                    if let list = a[0], !list.isNone {
                        for (i, v) in try interp.collect(list).enumerated() { m.setChild(String(i), try containerModule(v, i)) }
                    }
                }
            }
            let live: (ModuleObject) -> [ModuleObject] = { m in m.children.compactMap(\.value) }
            method(c, "__len__") { _, m, _ in .int(m.children.count) }
            method(c, "__iter__") { _, m, _ in iterator(live(m).map { .object($0) }) }
            method(c, "__getitem__") { interp, m, args in
                guard let key = args.positional.first else { throw PyError("TypeError", "__getitem__ expected 1 argument") }
                if case .object(let s as PySlice) = key {
                    let picked = try interp.collect(.object(try PyRange(start: 0, stop: m.children.count, step: 1).sliced(s))).map { try interp.toInt($0, name) }
                    let out = ModuleObject(cls: c)
                    out.initialized = true
                    for i in picked { out.setChild(m.children[i].name, m.children[i].value) }
                    return .object(out)
                }
                let i = try index(key, count: m.children.count, interp, name)
                return m.children[i].value.map { .object($0) } ?? .none
            }
            method(c, "append") { _, m, args in
                guard let v = args.positional.first else { throw PyError("TypeError", "append() missing 1 required positional argument: 'module'") }
                m.setChild(String(m.children.count), try containerModule(v, m.children.count))
                return .object(m)
            }
            if name == "ModuleList" {
                method(c, "extend") { interp, m, args in
                    for v in try interp.collect(args.positional.first ?? .list(PyList([]))) {
                        m.setChild(String(m.children.count), try containerModule(v, m.children.count))
                    }
                    return .object(m)
                }
            } else {
                method(c, "forward") { interp, m, args in
                    let a = try args.bind("forward", ["input"], required: 1)
                    return try sequentialForward(interp, m, a[0]!)
                }
                registerNative(c, .value(sequentialForward))
            }
            all[name] = c
        }
        return all
    }()
}
