/// Classes of the core values, for `type()` and `isinstance`.
enum CoreClasses {
    static let object = PyClass("object")
    static let int = PyClass("int", base: object)
    static let bool = PyClass("bool", base: int)
    static let float = PyClass("float", base: object)
    static let str = PyClass("str", base: object)
    static let list = PyClass("list", base: object)
    static let tuple = PyClass("tuple", base: object)
    static let dict: PyClass = {
        let c = PyClass("dict", base: object)
        c.attributes["fromkeys"] = DictFlavor.fromKeys(nil)
        return c
    }()
    static let noneType = PyClass("NoneType", base: object)
    static let function = PyClass("function", base: object)
    static let builtinFunction = PyClass("builtin_function_or_method", base: object)
    static let type = PyClass("type", base: object)
    static let range = PyClass("range", base: object)
    static let slice = PyClass("slice", base: object)
    static let module = PyClass("module", base: object)
}

/// A `slice(lower, upper, step)` object, as subscripts build them.
final class PySlice: PyObject {
    let lower: Value, upper: Value, step: Value
    init(lower: Value, upper: Value, step: Value) {
        self.lower = lower
        self.upper = upper
        self.step = step
    }
    var pyClass: PyClass { CoreClasses.slice }
    func repr(_ interp: Interpreter) throws -> String {
        "slice(\(try interp.repr(lower)), \(try interp.repr(upper)), \(try interp.repr(step)))"
    }

    /// `start`, `stop`, `step` and `indices(length)`, as CPython's slice object has them.
    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "start": return lower
        case "stop": return upper
        case "step": return step
        case "indices":
            return .builtin(PyBuiltin("indices", boundSelf: .object(self)) { interp, args in
                if !args.keywords.isEmpty { throw PyError("TypeError", "slice.indices() takes no keyword arguments") }
                guard args.positional.count == 1 else {
                    throw PyError("TypeError", "slice.indices() takes exactly one argument (\(args.positional.count) given)")
                }
                let length: Int
                switch args.positional[0] {
                case .int(let n): length = n
                case .bool(let b): length = b ? 1 : 0
                case let other: throw PyError("TypeError", "'\(other.typeName)' object cannot be interpreted as an integer")
                }
                if length < 0 { throw PyError("ValueError", "length should not be negative") }
                let (start, stop, step) = try self.bounds(count: length)
                return .tuple(PyTuple.of([.int(start), .int(stop), .int(step)]))
            })
        default: return nil
        }
    }

    /// The indices the slice selects in a sequence of `count` items.
    func indices(count: Int) throws -> [Int] {
        let (start, stop, step) = try bounds(count: count)
        if step > 0 { return start < stop ? Array(stride(from: start, to: stop, by: step)) : [] }
        return start > stop ? Array(stride(from: start, to: stop, by: step)) : []
    }

    /// Start, stop and step clipped to a sequence of `count` items (Python's `slice.indices`).
    func bounds(count: Int) throws -> (Int, Int, Int) {
        func intOrNil(_ v: Value) throws -> Int? {
            switch v {
            case .none: return nil
            case .int(let i): return i
            case .bool(let b): return b ? 1 : 0
            // Beyond 64 bits: clipped like any bound past the ends (`xs[:2**100]`).
            case .object(let b as PyBigInt): return b.value.negative ? Int.min / 2 : Int.max / 2
            default: throw PyError("TypeError", "slice indices must be integers or None or have an __index__ method")
            }
        }
        let step = try intOrNil(self.step) ?? 1
        if step == 0 { throw PyError("ValueError", "slice step cannot be zero") }
        var start: Int, stop: Int
        if step > 0 {
            start = try intOrNil(lower).map { $0 < 0 ? max(0, $0 + count) : min($0, count) } ?? 0
            stop = try intOrNil(upper).map { $0 < 0 ? max(0, $0 + count) : min($0, count) } ?? count
        } else {
            start = try intOrNil(lower).map { $0 < 0 ? max(-1, $0 + count) : min($0, count - 1) } ?? count - 1
            stop = try intOrNil(upper).map { $0 < 0 ? max(-1, $0 + count) : min($0, count - 1) } ?? -1
        }
        return (start, stop, step)
    }
}

/// `range(start, stop, step)`.
final class PyRange: PyObject {
    let start: Int, stop: Int, step: Int
    init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
    }
    var pyClass: PyClass { CoreClasses.range }
    /// The number of elements, computed in unsigned arithmetic so extreme bounds cannot
    /// overflow; a length beyond `Int.max` (CPython's OverflowError for `len`) saturates.
    var count: Int { Int(clamping: length) }

    /// The exact number of elements (up to 2⁶⁴ - 1, beyond Int for the widest ranges).
    var length: UInt {
        let span: UInt
        if step > 0 {
            guard start < stop else { return 0 }
            span = UInt(bitPattern: stop &- start)
        } else {
            guard start > stop else { return 0 }
            span = UInt(bitPattern: start &- stop)
        }
        return (span - 1) / step.magnitude + 1
    }
    /// `range[slice]`: another range, as in CPython (bounds computed in 128 bits and clamped,
    /// so slicing never allocates or overflows).
    func sliced(_ slice: PySlice) throws -> PyRange {
        let (i, j, k) = try slice.bounds(count: count)
        let newStep = Int128(step) * Int128(k)
        guard let s = Int(exactly: newStep) else { throw PyError("OverflowError", "Python int too large to convert to C ssize_t") }
        let first = Int(clamping: Int128(start) + Int128(i) * Int128(step))
        let last = Int(clamping: Int128(start) + Int128(j) * Int128(step))
        return PyRange(start: first, stop: last, step: s)
    }

    /// Element `i` (for `0 <= i < count` the true value fits in Int, so wrapping arithmetic is exact).
    func element(_ i: Int) -> Int { start &+ i &* step }
    func contains(_ v: Int) -> Bool {
        if step > 0 { return v >= start && v < stop && UInt(bitPattern: v &- start) % step.magnitude == 0 }
        return v <= start && v > stop && UInt(bitPattern: start &- v) % step.magnitude == 0
    }
    func repr(_ interp: Interpreter) throws -> String {
        step == 1 ? "range(\(start), \(stop))" : "range(\(start), \(stop), \(step))"
    }
    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "start": return .int(start)
        case "stop": return .int(stop)
        case "step": return .int(step)
        default: return nil
        }
    }
}

/// An iterator over precomputed or lazily produced items: `zip`, `enumerate`, `map`, generators.
final class PyIterator: PyObject {
    let kind: String
    private var items: [Value]
    private var position = 0
    private let producer: (() throws -> Value?)?
    /// The repr when it shows the iterator's state (`count(3)`, `repeat(1, 2)`), else nil.
    var describe: ((Interpreter) throws -> String)?

    init(items: [Value], kind: String) {
        self.items = items
        self.kind = kind
        self.producer = nil
    }

    init(kind: String, producer: @escaping () throws -> Value?) {
        self.items = []
        self.kind = kind
        self.producer = producer
    }

    var pyClass: PyClass { PyIterator.kindClass(kind) }

    func repr(_ interp: Interpreter) throws -> String {
        if let describe { return try describe(interp) }
        return kind == "generator" ? "<generator object <genexpr> at \(interp.address(of: self))>" : "<\(kind) object at \(interp.address(of: self))>"
    }

    func next() throws -> Value? {
        if let producer { return try producer() }
        guard position < items.count else { return nil }
        position += 1
        return items[position - 1]
    }
}

/// A module: `torch`, `torch.nn`, `math`….
public final class PyModule: PyObject {
    public let name: String
    public var attributes: [String: Value]
    let file: String
    /// Whether the real module defines `__getattr__` (CPython then gives no "Did you mean").
    var hasModuleGetattr = false
    /// Called for a missing attribute before AttributeError is raised (a library names
    /// what it does not support yet).
    var onMissingAttribute: ((String) throws -> Void)?
    /// Attributes computed per interpreter (`torch.default_generator`), for modules that
    /// session copies share.
    var dynamicAttributes: [String: (Interpreter) -> Value] = [:]

    init(_ name: String, file: String, attributes: [String: Value] = [:]) {
        self.name = name
        self.file = file
        self.attributes = attributes
    }

    /// A module with the same name, file and hooks whose attribute table starts as this one's
    /// (shared until either changes; see `ModulePrototype`).
    func copy() -> PyModule {
        let m = PyModule(name, file: file, attributes: attributes)
        m.hasModuleGetattr = hasModuleGetattr
        m.onMissingAttribute = onMissingAttribute
        m.dynamicAttributes = dynamicAttributes
        return m
    }

    public var pyClass: PyClass { CoreClasses.module }
    public func repr(_ interp: Interpreter) throws -> String {
        file == "built-in" ? "<module '\(name)' (built-in)>" : "<module '\(name)' from '\(file)'>"
    }
    public func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        if name == "__name__" { return .str(self.name) }
        if let dynamic = dynamicAttributes[name] { return dynamic(interp) }
        if let v = attributes[name] { return v }
        try onMissingAttribute?(name)
        return nil
    }
    public func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool {
        attributes[name] = value
        return true
    }
}

/// An exception instance, as `except E as e` binds it and `raise E(...)` creates it; also the
/// instance of a script class deriving from an exception class (its `cls`).
final class PyExceptionObject: PyInstance {
    /// `e.args`. Set by `BaseException.__init__`; only it, the deinit and `PyDict.releaseNested`
    /// change them (see `PyFunction.defaults`).
    @exclusivity(unchecked) var args: [Value]
    /// `raise … from cause`: `__cause__`.
    var cause: Value = .none
    /// The exception being handled when this one was raised: `__context__`.
    var context: Value = .none
    /// `name` of a NameError or AttributeError and `obj` of an AttributeError.
    var nameAttribute: Value?
    var objAttribute: Value?
    /// The "Did you mean" hint CPython adds when it prints the traceback (not part of `str(e)`).
    var hint: String?
    /// `__suppress_context__`: set by `raise … from …`.
    var suppressContext = false
    /// The traceback the exception carried when it was last raised, for chained tracebacks.
    var traceback: [TraceEntry] = []

    init(cls: PyClass, args: [Value]) {
        self.args = args
        super.init(cls: cls)
    }

    deinit {
        GCRegistry.untrack(self)
        var work = args + [cause, context]
        args = []
        cause = .none
        context = .none
        PyDict.releaseNested(&work)
    }

    /// Moves the arguments and chained exceptions to the end of `work`, leaving none (to free
    /// the exception: `e = ValueError(e)` a hundred thousand times frees in a loop).
    override func takeReferences(into work: inout [Value]) {
        work.append(contentsOf: args)
        args = []
        work.append(cause)
        work.append(context)
        cause = .none
        context = .none
        super.takeReferences(into: &work)
    }

    func message(_ interp: Interpreter) throws -> String {
        if args.isEmpty { return "" }
        if args.count == 1 {
            if cls.isSubclass(of: interp.exceptionClass(named: "KeyError")) { return try interp.repr(args[0]) }
            return try interp.str(args[0])
        }
        return try interp.repr(.tuple(PyTuple.of(args)))
    }
    override func nativeStr(_ interp: Interpreter) throws -> String { try message(interp) }
    override var hasNativeStr: Bool { true }
    override func nativeRepr(_ interp: Interpreter) throws -> String {
        if args.count == 1 { return "\(cls.name)(\(try interp.repr(args[0])))" }
        return "\(cls.name)\(try interp.repr(.tuple(PyTuple.of(args))))"
    }
    override func nativeAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "args": return .tuple(PyTuple.of(args))
        case "__cause__": return cause
        case "__context__": return context
        case "__suppress_context__": return .bool(suppressContext)
        case "__traceback__": return Value.none
        case "value" where cls.isSubclass(of: interp.exceptionClass(named: "StopIteration")): return args.first ?? Value.none
        case "add_note":
            // `e.add_note(note)` (3.11): appends to the `__notes__` list the traceback prints
            // under the exception's line.
            return .builtin(PyBuiltin("add_note", boundSelf: .object(self)) { [unowned self] interp, args in
                let a = try args.positionalOnly("BaseException.add_note", 1...1)
                guard case .str = a[0] else { throw PyError("TypeError", "note must be a str, not '\(a[0].typeName)'") }
                guard let notes = self.ownAttribute("__notes__") else {
                    _ = try self.setAttribute("__notes__", .list(PyList([a[0]])), interp)
                    return .none
                }
                guard case .list(let list) = notes else { throw PyError("TypeError", "Cannot add note: __notes__ is not a list") }
                list.items.append(a[0])
                return .none
            })
        case "code" where cls.isSubclass(of: interp.exceptionClass(named: "SystemExit")):
            return args.count > 1 ? .tuple(PyTuple.of(args)) : args.first ?? Value.none
        case "name" where cls.isSubclass(of: interp.exceptionClass(named: "NameError"))
            || cls.isSubclass(of: interp.exceptionClass(named: "AttributeError")):
            return nameAttribute ?? Value.none
        case "obj" where cls.isSubclass(of: interp.exceptionClass(named: "AttributeError")):
            return objAttribute ?? Value.none
        default: return nil
        }
    }
    override func setNativeAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool {
        switch name {
        case "args": args = try interp.collect(value); return true
        case "__cause__": cause = value; suppressContext = true; return true
        case "__context__": context = value; return true
        case "__suppress_context__": suppressContext = try interp.truthy(value); return true
        default: return false
        }
    }
    override var nativeAttributeNames: [String] { ["args", "with_traceback", "add_note"] }
}
