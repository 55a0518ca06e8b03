/// `operator`: the operators as functions (`add`, `mul`, `lt`, `not_`, `getitem`, `iadd`…,
/// also under their dunder names `__add__`…) running the interpreter's own operations, so
/// results and errors are the operators'; and `itemgetter`, `attrgetter`, `methodcaller`
/// with CPython's reprs (`operator.itemgetter(1)`) and argument errors.
enum OperatorModule {
    static let binaryOperators: [(String, BinaryOp)] = [
        ("add", .add), ("sub", .sub), ("mul", .mul), ("truediv", .div), ("floordiv", .floorDiv), ("mod", .mod),
        ("pow", .pow), ("matmul", .matMul), ("and_", .bitAnd), ("or_", .bitOr), ("xor", .bitXor),
        ("lshift", .lshift), ("rshift", .rshift),
    ]
    static let comparisons: [(String, CompareOp)] = [("eq", .eq), ("ne", .ne), ("lt", .lt), ("le", .le), ("gt", .gt), ("ge", .ge)]

    static func install(in m: PyModule) {
        func both(_ name: String, _ body: @escaping (Interpreter, Arguments) throws -> Value) {
            m.def(name, body)
            let dunder = "__" + (name.hasSuffix("_") ? String(name.dropLast()) : name) + "__"
            m.attributes[dunder] = .builtin(PyBuiltin(dunder, body))
        }
        for (name, op) in binaryOperators {
            both(name) { interp, args in
                let a = try args.positionalOnly(name, 2...2)
                return try interp.binary(op, a[0], a[1])
            }
            let inPlace = "i" + (name.hasSuffix("_") ? String(name.dropLast()) : name)
            both(inPlace) { interp, args in
                let a = try args.positionalOnly(inPlace, 2...2)
                return try interp.inPlaceBinary(op, a[0], a[1])
            }
        }
        both("concat") { interp, args in
            let a = try args.positionalOnly("concat", 2...2)
            guard interp.isSequenceLike(a[0]) else { throw PyError("TypeError", "'\(a[0].typeName)' object can't be concatenated") }
            return try interp.binary(.add, a[0], a[1])
        }
        for (name, op) in comparisons {
            both(name) { interp, args in
                let a = try args.positionalOnly(name, 2...2)
                return try interp.compare(op, a[0], a[1])
            }
        }
        for (name, op) in [("neg", UnaryOp.neg), ("pos", .pos), ("invert", .invert), ("inv", .invert)] {
            both(name) { interp, args in try interp.unary(op, try args.positionalOnly(name, 1...1)[0]) }
        }
        both("not_") { interp, args in .bool(!(try interp.truthy(try args.positionalOnly("not_", 1...1)[0]))) }
        m.def("truth") { interp, args in .bool(try interp.truthy(try args.positionalOnly("truth", 1...1)[0])) }
        m.def("is_") { interp, args in
            let a = try args.positionalOnly("is_", 2...2)
            return .bool(interp.identical(a[0], a[1]))
        }
        m.def("is_not") { interp, args in
            let a = try args.positionalOnly("is_not", 2...2)
            return .bool(!interp.identical(a[0], a[1]))
        }
        both("abs") { interp, args in try interp.call(interp.builtins["abs"]!, Arguments(try args.positionalOnly("abs", 1...1))) }
        both("index") { interp, args in
            let v = try args.positionalOnly("index", 1...1)[0]
            if v.instance != nil, v.builtinValue == nil { return interp.integer(try interp.indexInteger(v)) }
            return interp.integer(try interp.indexValue(v.unwrappingBuiltin))
        }
        both("contains") { interp, args in
            let a = try args.positionalOnly("contains", 2...2)
            return .bool(try interp.contains(a[0], a[1]))
        }
        both("getitem") { interp, args in
            let a = try args.positionalOnly("getitem", 2...2)
            return try interp.getItem(a[0], a[1])
        }
        both("setitem") { interp, args in
            let a = try args.positionalOnly("setitem", 3...3)
            try interp.setItem(a[0], a[1], a[2])
            return .none
        }
        both("delitem") { interp, args in
            let a = try args.positionalOnly("delitem", 2...2)
            try interp.deleteItem(a[0], a[1])
            return .none
        }
        m.def("countOf") { interp, args in
            let a = try args.positionalOnly("countOf", 2...2)
            var n = 0
            for item in try interp.collect(a[0]) {
                if try interp.identical(item, a[1]) || interp.equals(item, a[1]) { n += 1 }
            }
            return .int(n)
        }
        m.def("indexOf") { interp, args in
            let a = try args.positionalOnly("indexOf", 2...2)
            for (i, item) in try interp.collect(a[0]).enumerated() {
                if try interp.identical(item, a[1]) || interp.equals(item, a[1]) { return .int(i) }
            }
            throw PyError("ValueError", "sequence.index(x): x not in sequence")
        }
        m.def("length_hint") { interp, args in
            let a = try args.positionalOnly("length_hint", 1...2)
            if let n = try? interp.length(a[0]) { return .int(n) }
            return a.count > 1 ? a[1] : .int(0)
        }
        m.attributes["itemgetter"] = .type(OperatorGetter.itemgetterClass)
        m.attributes["attrgetter"] = .type(OperatorGetter.attrgetterClass)
        m.attributes["methodcaller"] = .type(OperatorGetter.methodcallerClass)
    }
}

extension Interpreter {
    /// Whether `v` supports concatenation as a sequence (`operator.concat`'s check).
    func isSequenceLike(_ v: Value) -> Bool {
        switch v.unwrappingBuiltin {
        case .str, .list, .tuple: return true
        default:
            if let i = v.instance { return special(i, "__getitem__") != nil }
            return false
        }
    }
}

/// `operator.itemgetter(*items)`, `operator.attrgetter(*names)` and
/// `operator.methodcaller(name, *args, **kwargs)`: callables that fetch items, (dotted)
/// attributes, or call a method, returning a tuple when given several.
final class OperatorGetter: PyObject, PyCallable {
    enum Kind { case item, attribute, method }
    let kind: Kind
    let items: [Value]
    let keywords: [(String, Value)]

    init(_ kind: Kind, _ items: [Value], keywords: [(String, Value)] = []) {
        self.kind = kind
        self.items = items
        self.keywords = keywords
    }

    static let itemgetterClass = makeClass("itemgetter", .item)
    static let attrgetterClass = makeClass("attrgetter", .attribute)
    static let methodcallerClass = makeClass("methodcaller", .method)

    private static func makeClass(_ name: String, _ kind: Kind) -> PyClass {
        let c = PyClass(name, module: "operator", base: CoreClasses.object)
        c.construct = { _, args in
            switch kind {
            case .item, .attribute:
                if !args.keywords.isEmpty { throw PyError("TypeError", "\(name)() takes no keyword arguments") }
                guard !args.positional.isEmpty else { throw PyError("TypeError", "\(name) expected 1 argument, got 0") }
                if kind == .attribute {
                    for v in args.positional { guard case .str = v else { throw PyError("TypeError", "attribute name must be a string") } }
                }
                return .object(OperatorGetter(kind, args.positional))
            case .method:
                guard let first = args.positional.first else { throw PyError("TypeError", "methodcaller needs at least one argument, the method name") }
                guard case .str = first else { throw PyError("TypeError", "method name must be a string") }
                return .object(OperatorGetter(.method, args.positional, keywords: args.keywords))
            }
        }
        return c
    }

    var pyClass: PyClass {
        switch kind {
        case .item: return OperatorGetter.itemgetterClass
        case .attribute: return OperatorGetter.attrgetterClass
        case .method: return OperatorGetter.methodcallerClass
        }
    }

    func repr(_ interp: Interpreter) throws -> String {
        var parts = try items.map { try interp.repr($0) }
        parts += try keywords.map { "\($0.0)=\(try interp.repr($0.1))" }
        return "operator.\(pyClass.name)(\(parts.joined(separator: ", ")))"
    }

    func call(_ interp: Interpreter, _ args: Arguments) throws -> Value {
        let name = pyClass.name
        if !args.keywords.isEmpty { throw PyError("TypeError", "\(name)() takes no keyword arguments") }
        guard args.positional.count == 1 else {
            throw PyError("TypeError", "\(name) expected 1 argument, got \(args.positional.count)")
        }
        let obj = args.positional[0]
        func fetch(_ v: Value) throws -> Value {
            switch kind {
            case .item: return try interp.getItem(obj, v)
            case .attribute:
                guard case .str(let path) = v else { return .none }
                var current = obj
                for part in path.split(separator: ".", omittingEmptySubsequences: false) { current = try interp.getAttribute(current, String(part)) }
                return current
            case .method: return .none
            }
        }
        if kind == .method, case .str(let method) = items[0] {
            return try interp.call(try interp.getAttribute(obj, method), Arguments(Array(items.dropFirst()), keywords: keywords))
        }
        if items.count == 1 { return try fetch(items[0]) }
        return .tuple(PyTuple.of(try items.map(fetch)))
    }
}
