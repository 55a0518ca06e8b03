import Engine

/// `torch.optim` and `torch.optim.lr_scheduler`: classes built through the Engine's factories.
enum OptimLibrary {
    static let optimizerModules: [String: String] = [
        "SGD": "sgd", "RMSprop": "rmsprop", "Adam": "adam", "AdamW": "adamw", "Adagrad": "adagrad",
        "Adadelta": "adadelta", "Adamax": "adamax", "NAdam": "nadam", "RAdam": "radam",
    ]

    /// One class object per optimizer name, shared so `isinstance` works across interpreters.
    static let optimizerClasses: [String: PyClass] = {
        let base = PyClass("Optimizer", module: "torch.optim.optimizer")
        var out: [String: PyClass] = ["Optimizer": base]
        for name in OptimizerFactory.names {
            let cls = PyClass(name, module: "torch.optim." + (optimizerModules[name] ?? name.lowercased()), base: base)
            cls.construct = { interp, args in try makeOptimizer(name, args, interp) }
            out[name] = cls
        }
        return out
    }()

    static let schedulerClasses: [String: PyClass] = {
        let base = PyClass("LRScheduler", module: "torch.optim.lr_scheduler")
        var out: [String: PyClass] = ["LRScheduler": base]
        for name in SchedulerFactory.names + lambdaSchedulerNames {
            let cls = PyClass(name, module: "torch.optim.lr_scheduler", base: name == "ReduceLROnPlateau" ? nil : base)
            cls.construct = { interp, args in try makeScheduler(name, args, interp) }
            out[name] = cls
        }
        return out
    }()

    static func install(optim: PyModule, lrScheduler: PyModule) {
        for (name, cls) in optimizerClasses { optim.attributes[name] = .type(cls) }
        for (name, cls) in schedulerClasses { lrScheduler.attributes[name] = .type(cls) }
    }

    /// A script value as the engine's argument value.
    static func engineValue(_ v: Value, _ interp: Interpreter) throws -> EngineValue {
        switch v {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .double(d)
        case .str(let s): return .string(s)
        case .list(let l): return .list(try l.items.map { try engineValue($0, interp) })
        case .tuple(let t): return .tuple(try t.items.map { try engineValue($0, interp) })
        case .object(let t as TensorObject): return .tensor(t.tensor)
        case .object(let o as OptimizerObject): return .optimizer(o.optimizer)
        case .object(let s as SchedulerObject): return .scheduler(s.scheduler)
        case .object(is PyIterator), .object(is PyDictView), .object(is PyRange):
            return .list(try interp.collect(v).map { try engineValue($0, interp) })
        case .dict:
            throw PyError("TypeError", "a dict is not a valid argument here")
        default:
            throw PyError("TypeError", "unsupported argument of type '\(v.typeName)'")
        }
    }

    /// An engine value as a script value (param_groups entries, state).
    static func scriptValue(_ v: EngineValue) -> Value {
        switch v {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .float(d)
        case .string(let s): return .str(s)
        case .list(let items): return .list(PyList(items.map(scriptValue)))
        case .tuple(let items): return .tuple(PyTuple.of(items.map(scriptValue)))
        case .tensor(let t): return TorchLibrary.wrap(t)
        case .optimizer(let o): return .object(OptimizerObject(o))
        case .scheduler(let s): return .object(SchedulerObject(s))
        @unknown default: return .none
        }
    }

    /// Parameter groups given as dicts (`[{"params": [w]}, {"params": [b], "lr": 0.5}]`), or nil.
    static func dictGroups(_ args: Arguments, _ interp: Interpreter) throws -> [(params: [Tensor], options: [(String, Value)])]? {
        guard let params = args.positional.first ?? args.keywords.first(where: { $0.0 == "params" })?.1 else { return nil }
        let items: [Value]
        switch params {
        case .list(let l): items = l.items
        case .tuple(let t): items = t.items
        default: return nil
        }
        guard let first = items.first, case .dict = first else { return nil }
        return try items.map { item in
            guard case .dict(let d) = item else {
                throw PyError("TypeError", "optimizer parameters need to be organized in ordered collections, but the ordering of tensors in sets will change between runs. Please use a list instead.")
            }
            guard let p = d.get("params") else { throw PyError("KeyError", "'params'") }
            let tensors: [Tensor]
            if case .object(let t as TensorObject) = p { tensors = [t.tensor] } else {
                tensors = try interp.collect(p).map { try TorchLibrary.tensor($0, "params") }
            }
            var options: [(String, Value)] = []
            for (k, v) in d.pairs {
                guard case .str(let key) = k else { continue }
                if key != "params" { options.append((key, v)) }
            }
            return (tensors, options)
        }
    }

    static func makeOptimizer(_ name: String, _ args: Arguments, _ interp: Interpreter) throws -> Value {
        if let groups = try dictGroups(args, interp) {
            var plain = args
            if plain.positional.isEmpty {
                plain.keywords.removeAll { $0.0 == "params" }
                plain.positional = [.list(PyList(groups[0].params.map(TorchLibrary.wrap)))]
            } else {
                plain.positional[0] = .list(PyList(groups[0].params.map(TorchLibrary.wrap)))
            }
            guard case .object(let o as OptimizerObject) = try makeOptimizer(name, plain, interp) else { return .none }
            // torch adds every group through add_param_group: the group's own keys first, then defaults.
            let group = o.optimizer.paramGroups[0]
            let existing = group.options
            for (k, _) in existing { group[k] = nil }
            for (k, v) in groups[0].options { group[k] = try engineValue(v, interp) }
            for (k, v) in existing where group[k] == nil { group[k] = v }
            for g in groups.dropFirst() {
                try o.optimizer.addParamGroup(params: g.params, options: try g.options.map { ($0.0, try engineValue($0.1, interp)) })
            }
            return .object(o)
        }
        let positional = try args.positional.map { try engineValue($0, interp) }
        let keywords = try args.keywords.map { ($0.0, try engineValue($0.1, interp)) }
        let implied = interp.impliedParams
        let hasParams = !args.positional.isEmpty || args.keywords.contains { $0.0 == "params" }
        let optimizer = try OptimizerFactory.make(name: name, params: hasParams ? nil : implied, positional: positional, keywords: keywords)
        return .object(OptimizerObject(optimizer))
    }

    static func makeScheduler(_ name: String, _ args: Arguments, _ interp: Interpreter) throws -> Value {
        var positional = args.positional
        var keywords = args.keywords
        var optimizer: (any Optimizer)?
        if name == "ChainedScheduler" {
            if let i = keywords.firstIndex(where: { $0.0 == "optimizer" }) {
                if case .object(let o as OptimizerObject) = keywords[i].1 { optimizer = o.optimizer }
                keywords.remove(at: i)
            } else if positional.count > 1, case .object(let o as OptimizerObject) = positional[1] {
                optimizer = o.optimizer
                positional.remove(at: 1)
            }
            if optimizer == nil {
                let first = positional.first ?? keywords.first { $0.0 == "schedulers" }?.1
                if let first, case .object(let s as SchedulerObject)? = try interp.collect(first).first {
                    optimizer = s.scheduler.optimizer
                }
            }
        } else if let first = positional.first, case .object(let o as OptimizerObject) = first {
            optimizer = o.optimizer
            positional.removeFirst()
        } else if let i = keywords.firstIndex(where: { $0.0 == "optimizer" }) {
            guard case .object(let o as OptimizerObject) = keywords[i].1 else {
                throw PyError("TypeError", "\(keywords[i].1.typeName) is not an Optimizer")
            }
            optimizer = o.optimizer
            keywords.remove(at: i)
        } else if let first = positional.first, interp.impliedOptimizer == nil {
            throw PyError("TypeError", "\(first.typeName) is not an Optimizer")
        }
        guard let optimizer = optimizer ?? interp.impliedOptimizer else {
            throw PyError("TypeError", "\(name).__init__() missing 1 required positional argument: 'optimizer'")
        }
        if lambdaSchedulerNames.contains(name) {
            let scheduler = try makeLambdaScheduler(name, optimizer: optimizer, Arguments(positional, keywords: keywords), interp)
            SchedulerObject.attach(scheduler)
            return .object(SchedulerObject(scheduler))
        }
        let scheduler = try SchedulerFactory.make(name: name, optimizer: optimizer,
                                                  positional: try positional.map { try engineValue($0, interp) },
                                                  keywords: try keywords.map { ($0.0, try engineValue($0.1, interp)) })
        SchedulerObject.attach(scheduler)
        return .object(SchedulerObject(scheduler))
    }
}

/// A `torch.optim` optimizer in a script.
public final class OptimizerObject: PyObject {
    public let optimizer: any Optimizer
    init(_ optimizer: any Optimizer) { self.optimizer = optimizer }

    public var pyClass: PyClass { OptimLibrary.optimizerClasses[optimizer.name] ?? PyClass(optimizer.name, module: "torch.optim") }

    /// PyTorch's `Optimizer.__repr__`: each group's options sorted by name.
    public func repr(_ interp: Interpreter) throws -> String {
        var out = "\(optimizer.name) ("
        for (i, group) in optimizer.paramGroups.enumerated() {
            out += "\nParameter Group \(i)\n"
            for (key, value) in group.options.sorted(by: { $0.key < $1.key }) where key != "params" {
                out += "    \(key): \(try interp.str(OptimLibrary.scriptValue(value)))\n"
            }
        }
        return out + ")"
    }

    public func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "param_groups":
            return .list(PyList(optimizer.paramGroups.map { .object(ParamGroupObject($0)) }))
        case "defaults":
            return .dict(PyDict(optimizer.defaults.map { ($0.key, OptimLibrary.scriptValue($0.value)) }))
        case "state":
            let d = PyDict()
            for group in optimizer.paramGroups {
                for p in group.params {
                    let s = optimizer.state(of: p)
                    if s.isEmpty { continue }
                    try d.set(TorchLibrary.wrap(p), .dict(PyDict(s.map { ($0.key, OptimLibrary.scriptValue($0.value)) })))
                }
            }
            return .dict(d)
        case "step":
            return .builtin(PyBuiltin("step", boundSelf: .object(self)) { interp, args in
                let a = try args.bind("step", ["closure"])
                var loss: Value = .none
                if let c = a[0], !c.isNone {
                    // torch evaluates the closure under torch.enable_grad().
                    let previous = GradMode.isEnabled
                    GradMode.setEnabled(true)
                    defer { GradMode.setEnabled(previous) }
                    loss = try interp.call(c, Arguments())
                }
                try self.optimizer.step()
                return loss
            })
        case "add_param_group":
            return .builtin(PyBuiltin("add_param_group", boundSelf: .object(self)) { interp, args in
                let a = try args.bind("add_param_group", ["param_group"], required: 1)
                guard let groups = try OptimLibrary.dictGroups(Arguments([.list(PyList([a[0]!]))]), interp), let g = groups.first else {
                    throw PyError("TypeError", "param_group must be a dict")
                }
                try self.optimizer.addParamGroup(params: g.params, options: try g.options.map { ($0.0, try OptimLibrary.engineValue($0.1, interp)) })
                return .none
            })
        case "state_dict":
            return .builtin(PyBuiltin("state_dict", boundSelf: .object(self)) { _, args in
                _ = try args.bind("state_dict", [])
                return .dict(self.stateDict())
            })
        case "load_state_dict":
            return .builtin(PyBuiltin("load_state_dict", boundSelf: .object(self)) { interp, args in
                let a = try args.bind("load_state_dict", ["state_dict"], required: 1)
                try self.loadStateDict(a[0]!, interp)
                return .none
            })
        case "zero_grad":
            return .builtin(PyBuiltin("zero_grad", boundSelf: .object(self)) { interp, args in
                let a = try args.bind("zero_grad", ["set_to_none"])
                try self.optimizer.zeroGrad(setToNone: try a[0].map { try interp.truthy($0) } ?? true)
                return .none
            })
        default:
            return nil
        }
    }
}

/// One entry of `optimizer.param_groups`: behaves as a dict whose changes reach the optimizer.
final class ParamGroupObject: PyObject {
    let group: ParamGroup
    init(_ group: ParamGroup) { self.group = group }
    var pyClass: PyClass { CoreClasses.dict }

    var asDict: PyDict {
        var pairs: [(String, Value)] = [("params", .list(PyList(group.params.map(TorchLibrary.wrap))))]
        for (k, v) in group.options where k != "params" { pairs.append((k, OptimLibrary.scriptValue(v))) }
        return PyDict(pairs)
    }

    func repr(_ interp: Interpreter) throws -> String { try interp.repr(.dict(asDict)) }

    func item(_ key: Value) throws -> Value {
        guard case .str(let k) = key else { throw PyError("KeyError", "\(key)") }
        if k == "params" { return .list(PyList(group.params.map(TorchLibrary.wrap))) }
        guard let v = group[k] else { throw PyError("KeyError", PyFormat.reprString(k)) }
        return OptimLibrary.scriptValue(v)
    }

    func setItem(_ key: Value, _ value: Value, _ interp: Interpreter) throws {
        guard case .str(let k) = key else { throw PyError("TypeError", "param group keys are strings") }
        if k == "params" {
            group.params = try interp.collect(value).map { try TorchLibrary.tensor($0, "params") }
            return
        }
        group[k] = try OptimLibrary.engineValue(value, interp)
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        guard Interpreter.dictMethods.contains(name) else { return nil }
        return .builtin(PyBuiltin(name, boundSelf: .object(self)) { interp, args in
            switch name {
            case "get":
                let a = try args.positionalOnly("get", 1...2)
                return (try? self.item(a[0])) ?? (a.count > 1 ? a[1] : .none)
            case "update":
                let d = PyDict()
                _ = try interp.dictMethod(d, "update", args)
                for (k, v) in d.pairs { try self.setItem(k, v, interp) }
                return .none
            case "setdefault":
                let a = try args.positionalOnly("setdefault", 1...2)
                if let v = try? self.item(a[0]) { return v }
                try self.setItem(a[0], a.count > 1 ? a[1] : .none, interp)
                return a.count > 1 ? a[1] : .none
            default:
                return try interp.dictMethod(self.asDict, name, args)
            }
        })
    }
}

/// A `torch.optim.lr_scheduler` scheduler in a script.
public final class SchedulerObject: PyObject {
    public let scheduler: any LRScheduler
    init(_ scheduler: any LRScheduler) { self.scheduler = scheduler }

    public var pyClass: PyClass { OptimLibrary.schedulerClasses[scheduler.name] ?? PyClass(scheduler.name, module: "torch.optim.lr_scheduler") }

    public func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "step":
            return .builtin(PyBuiltin("step", boundSelf: .object(self)) { interp, args in
                if self.scheduler.takesMetric {
                    let a = try args.bind("step", ["metrics", "epoch"], required: 1)
                    // ReduceLROnPlateau.step calls `float(metrics)` (lr_scheduler.py line 1699).
                    let metric: Double
                    if case .object(let t as TensorObject) = a[0]! {
                        metric = try t.floatValue(interp, site: Interpreter.WarningSite(file: "torch/optim/lr_scheduler.py", line: 1699, source: "current = float(metrics)"))
                    } else {
                        metric = try interp.toDouble(a[0]!)
                    }
                    try self.scheduler.step(metric: metric)
                } else {
                    let a = try args.bind("step", ["epoch"])
                    if let e = a[0], !e.isNone {
                        throw PyError("NotImplementedError", "scheduler.step(epoch) is deprecated in PyTorch and not supported in the script language")
                    }
                    self.warnStepOrder(interp)
                    try self.scheduler.step()
                }
                return .none
            })
        case "get_last_lr":
            return .builtin(PyBuiltin("get_last_lr", boundSelf: .object(self)) { _, args in
                _ = try args.positionalOnly("get_last_lr", 0...0)
                return .list(PyList(self.scheduler.getLastLR().map { .float($0) }))
            })
        case "state_dict":
            return .builtin(PyBuiltin("state_dict", boundSelf: .object(self)) { _, args in
                _ = try args.positionalOnly("state_dict", 0...0)
                return try self.stateDict()
            })
        case "load_state_dict":
            return .builtin(PyBuiltin("load_state_dict", boundSelf: .object(self)) { interp, args in
                let a = try args.bind("load_state_dict", ["state_dict"], required: 1)
                try self.loadStateDict(a[0]!, interp)
                return .none
            })
        case "last_epoch": return .int(scheduler.lastEpoch)
        case "optimizer": return .object(OptimizerObject(scheduler.optimizer))
        case "base_lrs":
            if let b = scheduler as? SchedulerBase { return .list(PyList(b.baseLRs.map { .float($0) })) }
            return nil
        case "best":
            return (scheduler as? ReduceLROnPlateau).map { .float($0.best) }
        case "num_bad_epochs":
            return (scheduler as? ReduceLROnPlateau).map { .int($0.numBadEpochs) }
        default: return nil
        }
    }
}
