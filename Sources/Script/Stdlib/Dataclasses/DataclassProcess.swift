/// `@dataclass` applied to a class, as CPython 3.11's `dataclasses._process_class`: the
/// fields (the bases' in reverse MRO order, then the class's own annotations), their checks
/// and CPython's errors, then the methods the arguments ask for, never replacing one the
/// class defines itself (orderings, `__setattr__` and `__hash__` raise instead).
struct DataclassOptions {
    var initMethod = true, repr = true, eq = true, order = false, unsafeHash = false, frozen = false
    var matchArgs = true, kwOnly = false, slots = false, weakrefSlot = false

    /// What `__dataclass_params__` shows.
    var params: DataclassParams {
        DataclassParams([("init", initMethod), ("repr", repr), ("eq", eq), ("order", order), ("unsafe_hash", unsafeHash), ("frozen", frozen)])
    }
}

extension Interpreter {
    /// The fields of a dataclass, by name in definition order; nil for any other class.
    func dataclassFields(of cls: PyClass) -> [(String, DataclassField)]? {
        guard case .dict(let d)? = cls.lookup("__dataclass_fields__") else { return nil }
        var out: [(String, DataclassField)] = []
        for (k, v) in d.pairs {
            if case .str(let name) = k, case .object(let f as DataclassField) = v { out.append((name, f)) }
        }
        return out
    }

    /// Makes `cls` a dataclass (CPython's `_process_class`) and returns it.
    func processDataclass(_ cls: PyClass, _ options: DataclassOptions) throws -> Value {
        var fields: [(String, DataclassField)] = []
        func put(_ f: DataclassField) {
            if let i = fields.firstIndex(where: { $0.0 == f.fieldName }) { fields[i].1 = f } else { fields.append((f.fieldName, f)) }
        }
        setClassAttribute(cls, "__dataclass_params__", .object(options.params))
        var anyFrozenBase = false, hasDataclassBases = false
        for base in cls.mro.dropFirst().reversed() {
            guard let baseFields = dataclassFields(of: base) else { continue }
            hasDataclassBases = true
            for (_, f) in baseFields { put(f) }
            if case .object(let p as DataclassParams)? = base.lookup("__dataclass_params__"), p.flag("frozen") { anyFrozenBase = true }
        }
        var annotations: [(String, Value)] = []
        if case .dict(let d)? = cls.attributes["__annotations__"] {
            for (k, v) in d.pairs { if case .str(let name) = k { annotations.append((name, v)) } }
        }
        var kwOnly = options.kwOnly
        var kwOnlySeen = false
        var ownFields: [DataclassField] = []
        for (name, type) in annotations {
            if case .object(let o) = type, o === DataclassSentinel.kwOnly {
                if kwOnlySeen { throw PyError("TypeError", "\(PyFormat.reprString(name)) is KW_ONLY, but KW_ONLY has already been specified") }
                kwOnlySeen = true
                kwOnly = true
                continue
            }
            ownFields.append(try dataclassField(cls, name, type, kwOnly: kwOnly))
        }
        for f in ownFields {
            put(f)
            if case .object(is DataclassField)? = cls.lookup(f.fieldName) {
                if f.hasDefault { setClassAttribute(cls, f.fieldName, f.defaultValue) } else { removeClassAttribute(cls, f.fieldName) }
            }
        }
        for name in cls.attributeOrder {
            if case .object(is DataclassField)? = cls.attributes[name], !annotations.contains(where: { $0.0 == name }) {
                throw PyError("TypeError", "\(PyFormat.reprString(name)) is a field but has no type annotation")
            }
        }
        if hasDataclassBases {
            if anyFrozenBase && !options.frozen { throw PyError("TypeError", "cannot inherit non-frozen dataclass from a frozen one") }
            if !anyFrozenBase && options.frozen { throw PyError("TypeError", "cannot inherit frozen dataclass from a non-frozen one") }
        }
        let table = PyDict()
        for (name, f) in fields { try table.set(.str(name), .object(f)) }
        setClassAttribute(cls, "__dataclass_fields__", .dict(table))
        let classHash = cls.attributes["__hash__"]
        let hasExplicitHash = !(classHash == nil || (classHash!.isNone && cls.attributes["__eq__"] != nil))
        if options.order && !options.eq { throw PyError("ValueError", "eq must be true if order is true") }

        let all = fields.map(\.1)
        let initFields = all.filter { $0.kind != .classVar }
        if options.initMethod {
            let hasPostInit = cls.lookup("__post_init__") != nil
            var seenDefault = false
            for f in initFields where !((try? truthy(f.kwOnly)) ?? false) && ((try? truthy(f.initFlag)) ?? true) {
                if f.hasDefault || f.hasFactory {
                    seenDefault = true
                } else if seenDefault {
                    throw PyError("TypeError", "non-default argument \(PyFormat.reprString(f.fieldName)) follows default argument")
                }
            }
            _ = setNewAttribute(cls, "__init__", try dataclassInit(cls, initFields, frozen: options.frozen, hasPostInit: hasPostInit))
        }
        let fieldList = all.filter { $0.kind == .field }
        if options.repr {
            _ = setNewAttribute(cls, "__repr__", try dataclassRepr(cls, try fieldList.filter { try truthy($0.reprFlag) }))
        }
        let compared = try fieldList.filter { try truthy($0.compareFlag) }
        if options.eq {
            _ = setNewAttribute(cls, "__eq__", try dataclassComparison(cls, "__eq__", "==", compared))
        }
        if options.order {
            for (name, op) in [("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")] {
                if setNewAttribute(cls, name, try dataclassComparison(cls, name, op, compared)) {
                    throw PyError("TypeError", "Cannot overwrite attribute \(name) in class \(cls.name). Consider using functools.total_ordering")
                }
            }
        }
        if options.frozen {
            for (name, method) in try dataclassFrozenMethods(cls, fieldList) where setNewAttribute(cls, name, method) {
                throw PyError("TypeError", "Cannot overwrite attribute \(name) in class \(cls.name)")
            }
        }
        // CPython's `_hash_action` table, keyed by (unsafe_hash, eq, frozen, explicit hash).
        switch (options.unsafeHash, options.eq, options.frozen, hasExplicitHash) {
        case (false, true, false, false):
            setClassAttribute(cls, "__hash__", .none)
        case (false, true, true, false), (true, _, _, false):
            let hashed = try fieldList.filter { $0.hashFlag.isNone ? try truthy($0.compareFlag) : try truthy($0.hashFlag) }
            setClassAttribute(cls, "__hash__", try dataclassHash(cls, hashed))
        case (true, _, _, true):
            throw PyError("TypeError", "Cannot overwrite attribute __hash__ in class \(cls.name)")
        default:
            break
        }
        if cls.attributes["__doc__"]?.isNone ?? true {
            setClassAttribute(cls, "__doc__", .str(cls.name + (try dataclassSignature(cls, initFields))))
        }
        if options.matchArgs {
            let positional = initFields.filter { ((try? truthy($0.initFlag)) ?? true) && !((try? truthy($0.kwOnly)) ?? false) }
            _ = setNewAttribute(cls, "__match_args__", .tuple(PyTuple.of(positional.map { $0.name })))
        }
        return .type(cls)
    }

    /// The `Field` of one annotation (CPython's `_get_field`): the class attribute as its
    /// default (or the `Field` it holds), its kind from the annotation, and its checks.
    private func dataclassField(_ cls: PyClass, _ name: String, _ type: Value, kwOnly: Bool) throws -> DataclassField {
        let f: DataclassField
        if case .object(let given as DataclassField)? = cls.lookup(name) {
            f = given
        } else {
            var value = cls.lookup(name) ?? .object(DataclassSentinel.missing)
            if case .object(is PySlotDescriptor) = value { value = .object(DataclassSentinel.missing) }
            f = DataclassField(default: value, defaultFactory: .object(DataclassSentinel.missing), init: .bool(true), repr: .bool(true),
                               hash: .none, compare: .bool(true), metadata: .dict(PyDict()), kwOnly: .object(DataclassSentinel.missing))
        }
        f.name = .str(name)
        f.type = type
        f.kind = .field
        if case .object(let form as PyTypingForm) = type, form.name == "ClassVar" || form.name.hasPrefix("typing.ClassVar[") {
            f.kind = .classVar
        } else if case .object(is DataclassInitVar) = type {
            f.kind = .initVar
        }
        if f.kind != .field, f.hasFactory { throw PyError("TypeError", "field \(name) cannot have a default factory") }
        if f.kind != .classVar {
            if DataclassSentinel.isMissing(f.kwOnly) { f.kwOnly = .bool(kwOnly) }
        } else if !DataclassSentinel.isMissing(f.kwOnly) {
            throw PyError("TypeError", "field \(name) is a ClassVar but specifies kw_only")
        }
        if f.kind == .field, f.hasDefault, classOf(f.defaultValue).lookup("__hash__")?.isNone ?? false {
            throw PyError("ValueError", "mutable default \(try repr(.type(classOf(f.defaultValue)))) for field \(name) is not allowed: use default_factory")
        }
        return f
    }

    /// Sets a class attribute, keeping a script class's namespace order.
    func setClassAttribute(_ cls: PyClass, _ name: String, _ value: Value) {
        cls.attributes[name] = value
        if cls.isUserDefined, !cls.attributeOrder.contains(name) { cls.attributeOrder.append(name) }
    }

    private func removeClassAttribute(_ cls: PyClass, _ name: String) {
        cls.attributes[name] = nil
        cls.attributeOrder.removeAll { $0 == name }
    }

    /// CPython's `_set_new_attribute`: true (and nothing set) when the class defines `name` itself.
    private func setNewAttribute(_ cls: PyClass, _ name: String, _ value: Value) -> Bool {
        if cls.attributes[name] != nil { return true }
        setClassAttribute(cls, name, value)
        return false
    }

    /// `(a: int, b: str = 'x', c: list = <factory>)`: the `__init__` signature that CPython
    /// puts in the class's `__doc__` (from `inspect.signature`, without `-> None`).
    private func dataclassSignature(_ cls: PyClass, _ fields: [DataclassField]) throws -> String {
        guard case .function(let f)? = cls.lookup("__init__"), f.code.file == "<string>" else { return "" }
        func annotation(_ v: Value) throws -> String {
            switch v {
            case .type(let c): return c.module == "builtins" ? c.qualname : "\(c.module).\(c.qualname)"
            case .object(let form as PyTypingForm):
                return (try form.repr(self)).replacingOccurrences(of: "typing.", with: "")
            default: return try repr(v)
            }
        }
        func parameter(_ field: DataclassField) throws -> String {
            var text = "\(field.fieldName): \(try annotation(field.type))"
            if field.hasDefault { text += " = \(try repr(field.defaultValue))" } else if field.hasFactory { text += " = <factory>" }
            return text
        }
        let taken = fields.filter { (try? truthy($0.initFlag)) ?? true }
        let keywordOnly = taken.filter { (try? truthy($0.kwOnly)) ?? false }
        var parts = try taken.filter { !((try? truthy($0.kwOnly)) ?? false) }.map(parameter)
        if !keywordOnly.isEmpty { parts += ["*"] + (try keywordOnly.map(parameter)) }
        return "(" + parts.joined(separator: ", ") + ")"
    }
}
