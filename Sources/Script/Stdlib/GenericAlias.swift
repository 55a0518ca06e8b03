/// `list[int]`, `dict[str, float]`, `tuple[int, ...]`: a built-in class subscripted in an
/// annotation, CPython's `types.GenericAlias`. It prints as written (`list[int]`, which
/// `f.__annotations__` shows) and, called, makes an instance of its class (`list[int]()` is
/// `[]`), as CPython's does.
final class PyGenericAlias: PyOperandObject, PyCallable {
    let origin: PyClass
    let arguments: [Value]

    init(origin: PyClass, arguments: [Value]) {
        self.origin = origin
        self.arguments = arguments
    }

    static let aliasClass = PyClass("GenericAlias", module: "types", base: CoreClasses.object)
    var pyClass: PyClass { PyGenericAlias.aliasClass }

    /// The classes whose subscription makes an alias (CPython's `__class_getitem__` of these).
    static func isGenericBuiltin(_ c: PyClass) -> Bool {
        c === CoreClasses.list || c === CoreClasses.dict || c === CoreClasses.tuple || c === PySet.setClass
            || c === PySet.frozensetClass || c === CoreClasses.type
    }

    func repr(_ interp: Interpreter) throws -> String {
        func text(_ v: Value) throws -> String {
            switch v {
            case .type(let c): return c.module == "builtins" ? c.name : c.qualifiedName
            case .object(is EllipsisObject): return "..."
            case .list(let l): return "[" + (try l.items.map(text)).joined(separator: ", ") + "]"
            default: return try interp.repr(v)
            }
        }
        let inner = arguments.isEmpty ? "()" : try arguments.map(text).joined(separator: ", ")
        return "\(origin.name)[\(inner)]"
    }

    func call(_ interp: Interpreter, _ args: Arguments) throws -> Value {
        try interp.call(.type(origin), args)
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "__origin__": return .type(origin)
        case "__args__": return .tuple(PyTuple.of(arguments))
        default: return nil
        }
    }

    /// Equal to an alias of the same class and arguments (`list[int] == list[int]`).
    func equals(_ other: Value, _ interp: Interpreter) throws -> Bool? {
        guard case .object(let o as PyGenericAlias) = other else { return nil }
        guard o.origin === origin, o.arguments.count == arguments.count else { return false }
        for (a, b) in zip(arguments, o.arguments) where !(try interp.equals(a, b)) { return false }
        return true
    }
}
