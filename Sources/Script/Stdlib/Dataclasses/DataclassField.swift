/// The objects of `dataclasses` that describe a dataclass: its `Field`s (what `field()`
/// returns and `fields()` lists), the `MISSING` sentinel, the `<factory>` marker of defaults
/// made by a factory, `KW_ONLY`, `InitVar[...]` and the `_DataclassParams` a class keeps in
/// `__dataclass_params__`, each printed as CPython 3.11 prints it.

/// What kind of entry of `__dataclass_fields__` a field is (CPython's `_FIELD`,
/// `_FIELD_CLASSVAR`, `_FIELD_INITVAR`).
enum DataclassFieldKind: String {
    case field = "_FIELD"
    case classVar = "_FIELD_CLASSVAR"
    case initVar = "_FIELD_INITVAR"
}

/// `dataclasses.Field`: one field's name, type, default or default factory and flags.
final class DataclassField: PyObject {
    var name: Value = .none
    var type: Value = .none
    var defaultValue: Value
    var defaultFactory: Value
    var initFlag: Value
    var reprFlag: Value
    var hashFlag: Value
    var compareFlag: Value
    var metadata: Value
    var kwOnly: Value
    var kind: DataclassFieldKind?

    init(default defaultValue: Value, defaultFactory: Value, init: Value, repr: Value, hash: Value, compare: Value, metadata: Value, kwOnly: Value) {
        self.defaultValue = defaultValue
        self.defaultFactory = defaultFactory
        initFlag = `init`
        reprFlag = repr
        hashFlag = hash
        compareFlag = compare
        self.metadata = metadata
        self.kwOnly = kwOnly
    }

    static let fieldClass = PyClass("Field", module: "dataclasses", base: CoreClasses.object)
    var pyClass: PyClass { DataclassField.fieldClass }

    /// The field's name as a Swift string (set when its class is processed).
    var fieldName: String {
        if case .str(let s) = name { return s }
        return ""
    }

    var hasDefault: Bool { !DataclassSentinel.isMissing(defaultValue) }
    var hasFactory: Bool { !DataclassSentinel.isMissing(defaultFactory) }

    func repr(_ interp: Interpreter) throws -> String {
        let metadataText: String
        if case .dict(let d) = metadata { metadataText = "mappingproxy(\(try interp.repr(.dict(d))))" } else { metadataText = try interp.repr(metadata) }
        return "Field(name=\(try interp.repr(name)),type=\(try interp.repr(type)),default=\(try interp.repr(defaultValue)),"
            + "default_factory=\(try interp.repr(defaultFactory)),init=\(try interp.repr(initFlag)),repr=\(try interp.repr(reprFlag)),"
            + "hash=\(try interp.repr(hashFlag)),compare=\(try interp.repr(compareFlag)),metadata=\(metadataText),"
            + "kw_only=\(try interp.repr(kwOnly)),_field_type=\(kind?.rawValue ?? "None"))"
    }

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        switch attribute {
        case "name": return name
        case "type": return type
        case "default": return defaultValue
        case "default_factory": return defaultFactory
        case "init": return initFlag
        case "repr": return reprFlag
        case "hash": return hashFlag
        case "compare": return compareFlag
        case "metadata": return metadata
        case "kw_only": return kwOnly
        default: return nil
        }
    }

    func setAttribute(_ attribute: String, _ value: Value, _ interp: Interpreter) throws -> Bool {
        switch attribute {
        case "name": name = value
        case "type": type = value
        case "default": defaultValue = value
        case "default_factory": defaultFactory = value
        case "init": initFlag = value
        case "repr": reprFlag = value
        case "hash": hashFlag = value
        case "compare": compareFlag = value
        case "metadata": metadata = value
        case "kw_only": kwOnly = value
        default: return false
        }
        return true
    }
}

/// The sentinels of `dataclasses`: `MISSING` (`<dataclasses._MISSING_TYPE object at 0x…>`),
/// the marker a factory-made default shows in signatures (`<factory>`) and `KW_ONLY`.
final class DataclassSentinel: PyObject {
    let cls: PyClass
    let text: String?
    private init(_ className: String, text: String?) {
        cls = PyClass(className, module: "dataclasses", base: CoreClasses.object)
        self.text = text
    }
    var pyClass: PyClass { cls }

    func repr(_ interp: Interpreter) throws -> String {
        if let text { return text }
        return "<\(cls.qualifiedName) object at \(interp.address(of: self))>"
    }

    nonisolated(unsafe) static let missing = DataclassSentinel("_MISSING_TYPE", text: nil)
    nonisolated(unsafe) static let factory = DataclassSentinel("_HAS_DEFAULT_FACTORY_CLASS", text: "<factory>")
    nonisolated(unsafe) static let kwOnly = DataclassSentinel("_KW_ONLY_TYPE", text: nil)

    static func isMissing(_ v: Value) -> Bool {
        if case .object(let o) = v { return o === missing }
        return false
    }
}

/// `InitVar[T]`: an annotation naming a parameter of `__init__` passed to `__post_init__`
/// rather than stored as a field.
final class DataclassInitVar: PyObject, PySubscriptableObject {
    let type: Value?
    init(_ type: Value?) { self.type = type }

    static let initVarClass = PyClass("InitVar", module: "dataclasses", base: CoreClasses.object)
    var pyClass: PyClass { DataclassInitVar.initVarClass }

    func repr(_ interp: Interpreter) throws -> String {
        guard let type else { return "<class 'dataclasses.InitVar'>" }
        if case .type(let c) = type { return "dataclasses.InitVar[\(c.name)]" }
        return "dataclasses.InitVar[\(try interp.repr(type))]"
    }

    func item(_ index: Value, _ interp: Interpreter) throws -> Value {
        .object(DataclassInitVar(index))
    }
}

/// `_DataclassParams`: the arguments a class was decorated with, in `__dataclass_params__`.
final class DataclassParams: PyObject {
    let values: [(String, Bool)]
    init(_ values: [(String, Bool)]) { self.values = values }

    static let paramsClass = PyClass("_DataclassParams", module: "dataclasses", base: CoreClasses.object)
    var pyClass: PyClass { DataclassParams.paramsClass }

    func flag(_ name: String) -> Bool { values.first { $0.0 == name }?.1 ?? false }

    func repr(_ interp: Interpreter) throws -> String {
        "_DataclassParams(" + values.map { "\($0.0)=\($0.1 ? "True" : "False")" }.joined(separator: ",") + ")"
    }

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        values.first { $0.0 == attribute }.map { .bool($0.1) }
    }
}
