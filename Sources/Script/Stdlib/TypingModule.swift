/// `typing`: the names annotations use, importable and subscriptable (`List[int]`,
/// `Dict[str, float]`, `Optional[Tensor]`, `Callable[[int], int]`). Annotations are not
/// checked, as in CPython; the objects exist so that code which writes them runs.
enum TypingModule {
    static let names = ["Any", "Callable", "Dict", "FrozenSet", "Generator", "Iterable", "Iterator", "List", "Literal",
                        "Mapping", "MutableMapping", "NamedTuple", "Optional", "Sequence", "Set", "Tuple", "Type", "TypeVar",
                        "Union", "Deque", "DefaultDict", "Counter", "OrderedDict", "Hashable", "Sized", "Collection",
                        "ClassVar", "Final", "NoReturn", "Protocol", "Generic", "SupportsFloat", "SupportsInt", "Awaitable"]

    static func install(in m: PyModule) {
        for n in names { m.attributes[n] = .object(PyTypingForm(n)) }
        m.attributes["TYPE_CHECKING"] = .bool(false)
        m.def("cast") { _, args in
            let a = try args.bind("cast", ["typ", "val"], required: 2)
            return a[1]!
        }
        m.def("TypeVar") { _, args in
            guard case .str(let n)? = args.positional.first else { throw PyError("TypeError", "TypeVar() argument 'name' must be str") }
            return .object(PyTypingForm("~" + n, plain: true))
        }
    }
}

/// A `typing` special form or generic alias (`typing.List`, `typing.List[int]`).
final class PyTypingForm: PyObject, PySubscriptableObject, PyCallable {
    let name: String
    let plain: Bool
    init(_ name: String, plain: Bool = false) {
        self.name = name
        self.plain = plain
    }

    var pyClass: PyClass { PyClass("_SpecialForm", module: "typing", base: CoreClasses.object) }

    func repr(_ interp: Interpreter) throws -> String { plain ? name : "typing.\(name)" }

    func item(_ index: Value, _ interp: Interpreter) throws -> Value {
        func text(_ v: Value) throws -> String {
            switch v {
            case .type(let c): return c.module == "builtins" ? c.name : c.qualifiedName
            case .none: return "None"
            case .object(is EllipsisObject): return "..."
            case .list(let l): return "[" + (try l.items.map(text)).joined(separator: ", ") + "]"
            case .object(let f as PyTypingForm): return try f.repr(interp)
            default: return try interp.repr(v)
            }
        }
        var args: [Value]
        if case .tuple(let t) = index { args = t.items } else { args = [index] }
        // `Union[X, None]` is `Optional[X]`; None inside a longer union or an `Optional` of a
        // union prints as `NoneType`, as CPython writes them.
        var form = name
        if name == "Optional", args.count == 1, case .object(let u as PyTypingForm) = args[0], u.name.hasPrefix("typing.Union[") {
            return .object(PyTypingForm(String(u.name.dropLast()) + ", NoneType]", plain: true))
        }
        if name == "Union", args.count == 2, args[1].isNone {
            form = "Optional"
            args = [args[0]]
        }
        func member(_ v: Value) throws -> String { form == "Union" && v.isNone ? "NoneType" : try text(v) }
        let inner = try args.map(member).joined(separator: ", ")
        return .object(PyTypingForm("typing.\(form)[\(inner)]", plain: true))
    }

    func call(_ interp: Interpreter, _ args: Arguments) throws -> Value {
        throw PyError("TypeError", "Cannot instantiate \(try repr(interp))")
    }
}
