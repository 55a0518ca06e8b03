/// `dataclasses`: `dataclass` (with and without arguments), `field`, `fields`, `asdict`,
/// `astuple`, `replace`, `is_dataclass`, `FrozenInstanceError`, `MISSING`, `KW_ONLY` and
/// `InitVar`, following CPython 3.11's Lib/dataclasses.py (its results, reprs and error
/// messages), `slots=True` and `weakref_slot=True` (see `dataclassWithSlots`), and
/// `make_dataclass`.
enum DataclassesModule {
    /// `dataclasses.FrozenInstanceError`, an `AttributeError`.
    static let frozenInstanceError: PyClass = {
        let c = PyClass("FrozenInstanceError", module: "dataclasses", base: Interpreter.exceptionClasses["AttributeError"])
        c.construct = { _, args in .object(PyExceptionObject(cls: c, args: args.positional)) }
        return c
    }()

    static func install(in m: PyModule) {
        m.attributes["FrozenInstanceError"] = .type(frozenInstanceError)
        m.attributes["MISSING"] = .object(DataclassSentinel.missing)
        m.attributes["KW_ONLY"] = .object(DataclassSentinel.kwOnly)
        m.attributes["InitVar"] = .object(DataclassInitVar(nil))
        m.attributes["Field"] = .type(DataclassField.fieldClass)
        m.def("dataclass") { interp, args in
            guard args.positional.count <= 1 else {
                throw PyError("TypeError", "dataclass() takes from 0 to 1 positional arguments but \(args.positional.count) were given")
            }
            let options = try DataclassesModule.options(args.keywords, interp, function: "dataclass")
            func wrap(_ target: Value) throws -> Value {
                guard case .type(let cls) = target, cls.isUserDefined else {
                    throw PyError("TypeError", "dataclass() should be applied to a class, not \(target.typeName)")
                }
                return try DataclassesModule.apply(cls, options, interp)
            }
            if let target = args.positional.first, !target.isNone { return try wrap(target) }
            return .builtin(PyBuiltin("wrap") { _, inner in
                let a = try inner.positionalOnly("wrap", 1...1)
                return try wrap(a[0])
            })
        }
        m.def("make_dataclass") { interp, args in try makeDataclass(args, interp) }
        m.def("field") { interp, args in
            if !args.positional.isEmpty {
                throw PyError("TypeError", "field() takes 0 positional arguments but \(args.positional.count) were given")
            }
            let a = try args.bind("field", ["default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"])
            let missing = Value.object(DataclassSentinel.missing)
            let f = DataclassField(default: a[0] ?? missing, defaultFactory: a[1] ?? missing, init: a[2] ?? .bool(true), repr: a[3] ?? .bool(true),
                                   hash: a[4] ?? .none, compare: a[5] ?? .bool(true), metadata: (a[6] ?? .none).isNone ? .dict(PyDict()) : a[6]!,
                                   kwOnly: a[7] ?? missing)
            if f.hasDefault && f.hasFactory { throw PyError("ValueError", "cannot specify both default and default_factory") }
            return .object(f)
        }
        m.def("fields") { interp, args in
            let a = try args.bind("fields", ["class_or_instance"], required: 1)
            guard let table = interp.dataclassFields(of: interp.dataclassClass(a[0]!)) else {
                throw PyError("TypeError", "must be called with a dataclass type or instance")
            }
            return .tuple(PyTuple.of(table.filter { $0.1.kind == .field }.map { .object($0.1) }))
        }
        m.def("is_dataclass") { interp, args in
            let a = try args.bind("is_dataclass", ["obj"], required: 1)
            return .bool(interp.dataclassFields(of: interp.dataclassClass(a[0]!)) != nil)
        }
        m.def("asdict") { interp, args in
            let a = try args.bind("asdict", ["obj", "dict_factory"], required: 1)
            guard interp.isDataclassInstance(a[0]!) else { throw PyError("TypeError", "asdict() should be called on dataclass instances") }
            return try DataclassConverter(interp, factory: a[1] ?? .type(CoreClasses.dict), asDict: true).convert(a[0]!)
        }
        m.def("astuple") { interp, args in
            let a = try args.bind("astuple", ["obj", "tuple_factory"], required: 1)
            guard interp.isDataclassInstance(a[0]!) else { throw PyError("TypeError", "astuple() should be called on dataclass instances") }
            return try DataclassConverter(interp, factory: a[1] ?? .type(CoreClasses.tuple), asDict: false).convert(a[0]!)
        }
        m.def("replace") { interp, args in
            guard let obj = args.positional.first, args.positional.count == 1 else {
                throw PyError("TypeError", "replace() takes 1 positional argument but \(args.positional.count) were given")
            }
            guard interp.isDataclassInstance(obj), let table = interp.dataclassFields(of: interp.classOf(obj)) else {
                throw PyError("TypeError", "replace() should be called on dataclass instances")
            }
            var changes = args.keywords
            for (_, f) in table where f.kind != .classVar {
                let name = f.fieldName
                if !(try interp.truthy(f.initFlag)) {
                    if changes.contains(where: { $0.0 == name }) {
                        throw PyError("ValueError", "field \(name) is declared with init=False, it cannot be specified with replace()")
                    }
                    continue
                }
                if !changes.contains(where: { $0.0 == name }) {
                    if f.kind == .initVar, !f.hasDefault { throw PyError("ValueError", "InitVar \(PyFormat.reprString(name)) must be specified with replace()") }
                    changes.append((name, try interp.getAttribute(obj, name)))
                }
            }
            return try interp.call(.type(interp.classOf(obj)), Arguments([], keywords: changes))
        }
    }
}

extension Interpreter {
    /// The class `is_dataclass` and `fields` look at: a class itself, else the value's class.
    func dataclassClass(_ v: Value) -> PyClass {
        if case .type(let c) = v { return c }
        return classOf(v)
    }

    /// Whether `v` is an instance (not the class) of a dataclass.
    func isDataclassInstance(_ v: Value) -> Bool {
        if case .type = v { return false }
        return dataclassFields(of: classOf(v)) != nil
    }
}

/// `asdict` and `astuple`: dataclass instances become dicts (tuples) of their fields,
/// recursively through lists, tuples, namedtuples and dicts; any other value is deep-copied.
struct DataclassConverter {
    let interp: Interpreter
    let factory: Value
    let asDict: Bool

    init(_ interp: Interpreter, factory: Value, asDict: Bool) {
        self.interp = interp
        self.factory = factory
        self.asDict = asDict
    }

    func convert(_ v: Value) throws -> Value {
        if interp.isDataclassInstance(v), let table = interp.dataclassFields(of: interp.classOf(v)) {
            var items: [Value] = []
            for (name, f) in table where f.kind == .field {
                let value = try convert(try interp.getAttribute(v, name))
                items.append(asDict ? .tuple(PyTuple.pair(.str(name), value)) : value)
            }
            return try interp.call(factory, Arguments([.list(PyList(items))]))
        }
        let cls = interp.classOf(v)
        if case .object(let nt as PyNamedTuple) = v {
            return try interp.call(.type(cls), Arguments(try nt.tuple.items.map(convert)))
        }
        switch v.unwrappingBuiltin {
        case .list(let l):
            let items = try l.items.map(convert)
            return v.builtinValue == nil ? .list(PyList(items)) : try interp.call(.type(cls), Arguments([.list(PyList(items))]))
        case .tuple(let t):
            let items = try t.items.map(convert)
            return v.builtinValue == nil ? .tuple(PyTuple.of(items)) : try interp.call(.type(cls), Arguments([.list(PyList(items))]))
        case .dict(let d):
            var pairs: [Value] = []
            for (k, value) in d.pairs { pairs.append(.tuple(PyTuple.pair(try convert(k), try convert(value)))) }
            if v.builtinValue == nil, d.flavor == nil {
                let out = PyDict()
                for case .tuple(let p) in pairs { try out.set(p[0], p[1]) }
                return .dict(out)
            }
            return try interp.call(.type(cls), Arguments([.list(PyList(pairs))]))
        default:
            // `copy.deepcopy(obj)`, a memo of its own each time as in CPython.
            return try DeepCopier(interp, memo: PyDict()).copy(v)
        }
    }
}
