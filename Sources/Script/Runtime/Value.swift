/// A value of the script language.
///
/// Scalars and strings are stored inline; containers, functions, tensors, optimizers… are
/// classes so that aliasing behaves as in Python (tuples too, see `PyTuple`).
public enum Value {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case str(String)
    case list(PyList)
    case tuple(PyTuple)
    case dict(PyDict)
    case function(PyFunction)
    case builtin(PyBuiltin)
    case type(PyClass)
    case object(PyObject)

    /// Python's type name, as `type(x).__name__` gives it.
    public var typeName: String {
        switch self {
        case .none: return "NoneType"
        case .bool: return "bool"
        case .int: return "int"
        case .float: return "float"
        case .str: return "str"
        case .list: return "list"
        case .tuple: return "tuple"
        case .dict(let d): return d.flavor?.pyClass.name ?? "dict"
        case .function: return "function"
        case .builtin(let b): return b.boundSelf == nil ? "builtin_function_or_method" : "method"
        case .type(let c): return c.metaclass?.name ?? "type"
        case .object(let o): return o.pyClass.name
        }
    }

    /// Python's truth value.
    public var isTruthy: Bool {
        switch self {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .str(let s): return !s.isEmpty
        case .list(let l): return !l.items.isEmpty
        case .tuple(let t): return !t.isEmpty
        case .dict(let d): return d.count > 0
        case .object(let o): return o.truthValue ?? true
        default: return true
        }
    }
}

/// A mutable Python list.
public final class PyList {
    public var items: [Value]
    /// Its place in the cycle collector's registry (see `GCTracked`).
    var gcLink = GCLink()
    public init(_ items: [Value]) {
        self.items = items
        GCRegistry.track(self)
    }

    /// Frees deeply nested lists (`a = [a]` a hundred thousand times) in a loop rather than
    /// one recursive deinit per level: lists only this one keeps alive are emptied first.
    deinit {
        GCRegistry.untrack(self)
        var work = items
        items = []
        PyDict.releaseNested(&work)
    }
}

/// An object of a kind other than the core values: tensors, modules, optimizers, iterators….
public protocol PyObject: AnyObject {
    /// The object's class, for `type()`, `isinstance` and error messages.
    var pyClass: PyClass { get }
    /// `repr(obj)`; by default `<module.Class object at 0x…>`.
    func repr(_ interp: Interpreter) throws -> String
    /// `str(obj)`; by default `repr`.
    func str(_ interp: Interpreter) throws -> String
    /// Reads an attribute; nil when there is none (the interpreter raises AttributeError).
    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value?
    /// Assigns an attribute; returns false when the object has no such writable attribute.
    func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool
    /// `bool(obj)` when it differs from the default `True`.
    var truthValue: Bool? { get }
}

extension PyObject {
    public func repr(_ interp: Interpreter) throws -> String {
        "<\(pyClass.qualifiedName) object at \(interp.address(of: self))>"
    }
    public func str(_ interp: Interpreter) throws -> String { try repr(interp) }
    public func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? { nil }
    public func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool { false }
    public var truthValue: Bool? { nil }
}

/// The arguments of a call: positional values and keyword values in call order.
public struct Arguments {
    public var positional: [Value]
    public var keywords: [(String, Value)]

    public init(_ positional: [Value] = [], keywords: [(String, Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }
}

/// A built-in function or a method bound to its object.
public final class PyBuiltin {
    public let name: String
    public let boundSelf: Value?
    public let body: (Interpreter, Arguments) throws -> Value
    /// Whether it reads a real clock (`time.time`), which `descent check` reports.
    var readsClock = false
    /// The class whose slot this is (`object.__setattr__`), which its repr names:
    /// `<slot wrapper '__setattr__' of 'object' objects>`.
    var slotOwner: String?
    /// Whether CPython defines this special method as an ordinary method of its type
    /// (`list.__getitem__`, `int.__format__`): `<method '__getitem__' of 'list' objects>`,
    /// bound `<built-in method __getitem__ of list object at 0x…>`, not a slot wrapper.
    var isMethodDescriptor = false

    /// Whether this is a library class's method: stored in `PyClass.attributes`, it binds to
    /// the instance it is read from (receiving it as the first positional argument), as a
    /// script's `def` does. Plain builtins stored in a class do not bind (as in CPython).
    public private(set) var isMethod = false

    public init(_ name: String, boundSelf: Value? = nil, _ body: @escaping (Interpreter, Arguments) throws -> Value) {
        self.name = name
        self.boundSelf = boundSelf
        self.body = body
    }

    /// A library class's method (`Module.__init__`, `Module.parameters`): `body` receives the
    /// instance (`self`) apart from the other arguments. Store it in `PyClass.attributes`.
    /// `owner` names the class in the error for a call without the instance, as CPython's
    /// slot wrappers do (`descriptor '__setattr__' of 'object' object needs an argument`).
    public static func method(_ name: String, owner: String? = nil, _ body: @escaping (Interpreter, Value, Arguments) throws -> Value) -> PyBuiltin {
        let b = PyBuiltin(name) { interp, args in
            guard let receiver = args.positional.first else {
                throw PyError("TypeError", "descriptor '\(name)'\(owner.map { " of '\($0)' object" } ?? "") needs an argument")
            }
            var rest = args
            rest.positional.removeFirst()
            return try body(interp, receiver, rest)
        }
        b.isMethod = true
        return b
    }
}

/// One run's source text with where it lives, so tracebacks point into the right file and line.
public final class CodeUnit {
    public let file: String
    /// Added to script line numbers: a code block whose first line is line L of a Markdown file has offset L - 1.
    public let lineOffset: Int
    let source: String
    /// Whether this is the code of a module Descent writes in Python (`enum`): tracebacks
    /// leave its frames out, as they leave out the library's Swift code.
    var isLibrary = false
    /// The source's lines, split when a traceback first needs one (most runs never do).
    private lazy var lines: [Substring] = source.split(separator: "\n", omittingEmptySubsequences: false)

    init(file: String, lineOffset: Int, source: String) {
        self.file = file
        self.lineOffset = lineOffset
        self.source = source
    }

    func sourceLine(_ line: Int) -> String? {
        guard line >= 1, line <= lines.count else { return nil }
        var s = String(lines[line - 1])
        if s.hasSuffix("\r") { s.removeLast() }
        return s
    }
}
