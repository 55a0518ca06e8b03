/// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
final class PyDictView: PyObject {
    enum Kind: String { case keys = "dict_keys", values = "dict_values", items = "dict_items" }
    let dict: PyDict
    let kind: Kind
    init(_ dict: PyDict, _ kind: Kind) {
        self.dict = dict
        self.kind = kind
    }
    /// `dict_keys`, or `odict_keys` for an `OrderedDict`'s view.
    var typeName: String { dict.flavor?.kind == .ordered ? "o" + kind.rawValue : kind.rawValue }
    var pyClass: PyClass { PyClass(typeName) }
    func items() -> [Value] {
        switch kind {
        case .keys: return dict.keys
        case .values: return dict.values
        case .items: return dict.pairs.map { .tuple(.pair($0.0, $0.1)) }
        }
    }
    func repr(_ interp: Interpreter) throws -> String {
        "\(typeName)(\(try interp.repr(.list(PyList(items())))))"
    }
}

extension Arguments {
    /// The torch parameter a NumPy-style keyword stands for: torch's argument parser accepts
    /// `axis` for `dim` and `keepdims` for `keepdim` wherever a function takes those
    /// (`X.sum(axis=0, keepdims=True)`, as d2l writes it). Only signatures with a `dim` or
    /// `keepdim` slot are affected, so Python builtins keep their own errors.
    static func numpyAlias(_ keyword: String) -> String? {
        switch keyword {
        case "axis": return "dim"
        case "keepdims": return "keepdim"
        default: return nil
        }
    }

    /// Takes out a torch function's leading `input` argument, given by position or as
    /// `input=`; nil when the call has neither (each caller words torch's error).
    mutating func removeInput() -> Value? {
        if !positional.isEmpty { return positional.removeFirst() }
        guard let k = keywords.firstIndex(where: { $0.0 == "input" }) else { return nil }
        return keywords.remove(at: k).1
    }

    /// Binds arguments to named slots the way a builtin's signature does.
    ///
    /// `builtin` words the errors as CPython's C functions do (Argument Clinic): more
    /// arguments than slots counts keywords too ("takes at most 2 arguments (3 given)"), and
    /// an unknown keyword is "'k' is an invalid keyword argument for f()"; without it they
    /// read as a Python function's ("got an unexpected keyword argument 'k'").
    func bind(_ function: String, _ names: [String], required: Int = 0, builtin: Bool = false) throws -> [Value?] {
        var slots = [Value?](repeating: nil, count: names.count)
        let given = positional.count + keywords.count
        if builtin, given > names.count, names.count > 0 {
            throw PyError("TypeError", "\(function)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(given) given)")
        }
        if positional.count > names.count {
            if names.count == 0 {
                throw PyError("TypeError", "\(function)() takes no arguments (\(positional.count) given)")
            }
            throw PyError("TypeError", "\(function)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(positional.count) given)")
        }
        for (i, v) in positional.enumerated() { slots[i] = v }
        for (k, v) in keywords {
            guard let i = names.firstIndex(of: k) ?? Self.numpyAlias(k).flatMap(names.firstIndex(of:)) else {
                if builtin { throw PyError("TypeError", "'\(k)' is an invalid keyword argument for \(function)()") }
                throw PyError("TypeError", "\(function)() got an unexpected keyword argument '\(k)'")
            }
            if slots[i] != nil {
                throw PyError("TypeError", "argument for \(function)() given by name ('\(k)') and position (\(i + 1))")
            }
            slots[i] = v
        }
        for i in 0..<required where slots[i] == nil {
            throw PyError("TypeError", "\(function)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return slots
    }

    /// For builtins that take only positional arguments: their count must lie in `range`.
    /// Errors are worded as CPython's: "f() takes exactly one argument (2 given)" for one
    /// (`METH_O`), "f expected 2 arguments, got 1" for several (Argument Clinic).
    func positionalOnly(_ function: String, _ range: ClosedRange<Int>) throws -> [Value] {
        if let k = keywords.first {
            throw PyError("TypeError", "\(function)() takes no keyword arguments" + (k.0.isEmpty ? "" : ""))
        }
        if range.lowerBound == range.upperBound, range.lowerBound > 1, positional.count != range.lowerBound {
            throw PyError("TypeError", "\(function) expected \(range.lowerBound) arguments, got \(positional.count)")
        }
        if positional.count < range.lowerBound {
            if range.lowerBound == range.upperBound {
                throw PyError("TypeError", "\(function)() takes exactly \(range.lowerBound == 1 ? "one argument" : "\(range.lowerBound) arguments") (\(positional.count) given)")
            }
            throw PyError("TypeError", "\(function) expected at least \(range.lowerBound) argument\(range.lowerBound == 1 ? "" : "s"), got \(positional.count)")
        }
        if positional.count > range.upperBound {
            if range.lowerBound == range.upperBound {
                if range.upperBound == 0 { throw PyError("TypeError", "\(function)() takes no arguments (\(positional.count) given)") }
                throw PyError("TypeError", "\(function)() takes exactly \(range.lowerBound == 1 ? "one argument" : "\(range.lowerBound) arguments") (\(positional.count) given)")
            }
            throw PyError("TypeError", "\(function) expected at most \(range.upperBound) argument\(range.upperBound == 1 ? "" : "s"), got \(positional.count)")
        }
        return positional
    }
}

extension Interpreter {
    static let strMethods = ["capitalize", "count", "endswith", "find", "format", "format_map", "index", "isalpha", "isdigit", "islower", "isspace", "isupper", "join", "ljust", "lower", "lstrip", "replace", "rfind", "rjust", "rstrip", "split", "startswith", "strip", "title", "upper", "zfill", "center", "splitlines", "removeprefix", "removesuffix", "isnumeric", "isalnum", "swapcase", "rsplit", "partition", "rpartition"]
    static let listMethods = ["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"]
    static let dictMethods = ["clear", "copy", "get", "items", "keys", "pop", "setdefault", "update", "values", "popitem"]
    static let floatMethods = ["as_integer_ratio", "conjugate", "hex", "imag", "is_integer", "real"]
    static let intMethods = ["bit_length", "conjugate", "denominator", "imag", "numerator", "real"]

    func methodNames(of v: Value) -> [String] { Interpreter.methodNames(of: v) }

    /// The method names of a core value's type, for "Did you mean" hints.
    static func methodNames(of v: Value) -> [String] {
        switch v {
        case .str: return Interpreter.strMethods
        case .list: return Interpreter.listMethods
        case .dict: return Interpreter.dictMethods
        case .float: return Interpreter.floatMethods
        case .int, .bool: return Interpreter.intMethods
        case .tuple: return ["count", "index"]
        case .object(is TensorObject): return [] // torch.Tensor is a C type: no hint in 3.11
        default: return []
        }
    }

    /// A bound method or attribute of a core value, or nil.
    func method(_ obj: Value, _ name: String) throws -> Value? {
        func bound(_ body: @escaping (Interpreter, Arguments) throws -> Value) -> Value {
            .builtin(PyBuiltin(name, boundSelf: obj, body))
        }
        switch obj {
        case .str(let s):
            guard Interpreter.strMethods.contains(name) else { return nil }
            return bound { interp, args in try interp.strMethod(s, name, args) }
        case .list(let l):
            guard Interpreter.listMethods.contains(name) else { return nil }
            return bound { interp, args in try interp.listMethod(l, name, args) }
        case .dict(let d):
            if let flavor = d.flavor, let m = try flavor.attribute(name, of: d, self) { return m }
            if name == "fromkeys" { return DictFlavor.fromKeys(d.flavor?.kind) }
            guard Interpreter.dictMethods.contains(name) else { return nil }
            return bound { interp, args in try interp.dictMethod(d, name, args) }
        case .tuple(let t):
            switch name {
            case "count": return bound { interp, args in
                let a = try args.positionalOnly("count", 1...1)
                return .int(try t.filter { try interp.equals($0, a[0]) }.count)
            }
            case "index": return bound { interp, args in
                let a = try args.positionalOnly("index", 1...1)
                guard let i = try t.firstIndex(where: { try interp.equals($0, a[0]) }) else {
                    throw PyError("ValueError", "tuple.index(x): x not in tuple")
                }
                return .int(i)
            }
            default: return nil
            }
        case .float(let d):
            switch name {
            case "is_integer": return bound { _, args in _ = try args.positionalOnly("is_integer", 0...0); return .bool(d.isFinite && d == d.rounded()) }
            case "hex": return bound { _, args in _ = try args.positionalOnly("hex", 0...0); return .str(FloatHex.string(d)) }
            case "real": return obj
            case "imag": return .float(0)
            case "conjugate": return bound { _, _ in obj }
            default: return nil
            }
        case .int(let i):
            switch name {
            case "real", "numerator": return obj
            case "imag": return .int(0)
            case "denominator": return .int(1)
            case "bit_length": return bound { _, _ in .int(i == 0 ? 0 : Int.bitWidth - i.magnitude.leadingZeroBitCount) }
            case "conjugate": return bound { _, _ in obj }
            default: return nil
            }
        case .bool(let b):
            return try method(.int(b ? 1 : 0), name)
        default:
            return nil
        }
    }

    private func stringArg(_ v: Value?, _ function: String, _ what: String = "") throws -> String? {
        guard let v else { return nil }
        if case .none = v { return nil }
        guard case .str(let s) = v else {
            throw PyError("TypeError", what.isEmpty ? "must be str, not \(v.typeName)" : what)
        }
        return s
    }

    func strMethod(_ s: String, _ name: String, _ given: Arguments) throws -> Value {
        var args = given
        // A str subclass's instance passed as an argument (`s.startswith(prefix)`) is its str.
        if args.positional.contains(where: { $0.builtinValue != nil }) { args.positional = args.positional.map(\.unwrappingBuiltin) }
        switch name {
        case "upper": _ = try args.positionalOnly(name, 0...0); return .str(s.uppercased())
        case "lower": _ = try args.positionalOnly(name, 0...0); return .str(s.lowercased())
        case "title": return .str(s.capitalized)
        case "swapcase":
            return .str(String(s.map { c -> String in c.isUppercase ? c.lowercased() : c.isLowercase ? c.uppercased() : String(c) }.joined()))
        case "capitalize":
            guard let f = s.first else { return .str(s) }
            return .str(String(f).uppercased() + s.dropFirst().lowercased())
        case "strip", "lstrip", "rstrip":
            let a = try args.positionalOnly(name, 0...1)
            let chars = try stringArg(a.first, name).map { Set($0) }
            let isStrip: (Character) -> Bool = { c in chars.map { $0.contains(c) } ?? c.isWhitespace }
            var sub = Substring(s)
            if name != "rstrip" { sub = sub.drop(while: isStrip) }
            if name != "lstrip" { while let l = sub.last, isStrip(l) { sub = sub.dropLast() } }
            return .str(String(sub))
        case "split":
            let a = try args.bind(name, ["sep", "maxsplit"], builtin: true)
            let sep = try stringArg(a[0], name)
            var maxsplit = -1
            if let m = a[1], case .int(let n) = m { maxsplit = n < 0 ? -1 : n }
            if let sep {
                if sep.isEmpty { throw PyError("ValueError", "empty separator") }
                var parts: [Value] = []
                var rest = Substring(s)
                while maxsplit != 0, let r = rest.range(of: sep) {
                    parts.append(.str(String(rest[..<r.lowerBound])))
                    rest = rest[r.upperBound...]
                    maxsplit -= 1
                }
                parts.append(.str(String(rest)))
                return .list(PyList(parts))
            }
            var parts: [Value] = []
            var rest = Substring(s).drop(while: { $0.isWhitespace })
            while !rest.isEmpty {
                if maxsplit == 0 {
                    var r = rest
                    while let l = r.last, l.isWhitespace { r = r.dropLast() }
                    parts.append(.str(String(r)))
                    break
                }
                let word = rest.prefix(while: { !$0.isWhitespace })
                parts.append(.str(String(word)))
                rest = rest[word.endIndex...].drop(while: { $0.isWhitespace })
                maxsplit -= 1
            }
            return .list(PyList(parts))
        case "rsplit":
            let a = try args.bind(name, ["sep", "maxsplit"], builtin: true)
            guard let sep = try stringArg(a[0], name) else { return try strMethod(s, "split", args) }
            if sep.isEmpty { throw PyError("ValueError", "empty separator") }
            var maxsplit = -1
            if let m = a[1], case .int(let n) = m { maxsplit = n < 0 ? -1 : n }
            var parts: [Value] = []
            var rest = Substring(s)
            while maxsplit != 0, let r = rest.range(of: sep, options: .backwards) {
                parts.insert(.str(String(rest[r.upperBound...])), at: 0)
                rest = rest[..<r.lowerBound]
                maxsplit -= 1
            }
            parts.insert(.str(String(rest)), at: 0)
            return .list(PyList(parts))
        case "partition", "rpartition":
            let a = try args.positionalOnly(name, 1...1)
            guard case .str(let sep) = a[0], !sep.isEmpty else { throw PyError("ValueError", "empty separator") }
            let r = name == "partition" ? s.range(of: sep) : s.range(of: sep, options: .backwards)
            guard let r else { return name == "partition" ? .tuple(PyTuple.of([.str(s), .str(""), .str("")])) : .tuple(PyTuple.of([.str(""), .str(""), .str(s)])) }
            return .tuple(PyTuple.of([.str(String(s[..<r.lowerBound])), .str(sep), .str(String(s[r.upperBound...]))]))
        case "splitlines":
            return .list(PyList(s.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" }).map { .str(String($0)) }.dropLast(s.hasSuffix("\n") ? 1 : 0)))
        case "join":
            let a = try args.positionalOnly("str.join", 1...1)
            var parts: [String] = []
            for (i, item) in try collect(a[0]).enumerated() {
                guard case .str(let p) = item.unwrappingBuiltin else {
                    throw PyError("TypeError", "sequence item \(i): expected str instance, \(item.typeName) found")
                }
                parts.append(p)
            }
            return .str(parts.joined(separator: s))
        case "replace":
            let a = try args.positionalOnly(name, 2...3)
            guard case .str(let old) = a[0], case .str(let new) = a[1] else {
                throw PyError("TypeError", "replace() argument 1 must be str, not \(a[0].typeName)")
            }
            if a.count == 3, case .int(var n) = a[2], n >= 0 {
                var out = ""
                var rest = Substring(s)
                while n > 0, let r = rest.range(of: old), !old.isEmpty {
                    out += rest[..<r.lowerBound] + new
                    rest = rest[r.upperBound...]
                    n -= 1
                }
                return .str(out + rest)
            }
            return .str(old.isEmpty ? s : s.replacingOccurrences(of: old, with: new))
        case "startswith", "endswith":
            if args.positional.isEmpty, args.keywords.isEmpty {
                throw PyError("TypeError", "\(name)() takes at least 1 argument (0 given)")
            }
            let a = try args.positionalOnly(name, 1...1)
            let options: [Value]
            if case .tuple(let t) = a[0] { options = t.items } else { options = [a[0]] }
            for o in options {
                guard case .str(let p) = o else {
                    throw PyError("TypeError", "\(name) first arg must be str or a tuple of str, not \(o.typeName)")
                }
                if name == "startswith" ? s.hasPrefix(p) : s.hasSuffix(p) { return .bool(true) }
            }
            return .bool(false)
        case "find", "index", "rfind", "count":
            let a = try args.positionalOnly(name, 1...1)
            guard case .str(let sub) = a[0] else { throw PyError("TypeError", "must be str, not \(a[0].typeName)") }
            if name == "count" {
                if sub.isEmpty { return .int(s.unicodeScalars.count + 1) }
                return .int(s.components(separatedBy: sub).count - 1)
            }
            let r = name == "rfind" ? s.range(of: sub, options: .backwards) : s.range(of: sub)
            guard let r else {
                if name == "index" { throw PyError("ValueError", "substring not found") }
                return .int(-1)
            }
            return .int(s.unicodeScalars.distance(from: s.unicodeScalars.startIndex, to: r.lowerBound))
        case "format":
            return .str(try strFormat(s, args))
        case "format_map":
            let a = try args.positionalOnly("format_map", 1...1)
            return .str(try strFormatMap(s, a[0]))
        case "isdigit", "isnumeric": return .bool(!s.isEmpty && s.allSatisfy { $0.isNumber })
        case "isalpha": return .bool(!s.isEmpty && s.allSatisfy { $0.isLetter })
        case "isalnum": return .bool(!s.isEmpty && s.allSatisfy { $0.isLetter || $0.isNumber })
        case "isspace": return .bool(!s.isEmpty && s.allSatisfy { $0.isWhitespace })
        case "islower": return .bool(s.contains { $0.isLetter } && s == s.lowercased())
        case "isupper": return .bool(s.contains { $0.isLetter } && s == s.uppercased())
        case "ljust", "rjust", "center":
            let a = try args.positionalOnly(name, 1...2)
            guard case .int(let width) = a[0] else { throw PyError("TypeError", "'\(a[0].typeName)' object cannot be interpreted as an integer") }
            let fill = a.count > 1 ? (try stringArg(a[1], name) ?? " ") : " "
            let align = name == "ljust" ? "<" : name == "rjust" ? ">" : "^"
            if name == "center" {
                if width > PyFormat.maximumLength { throw PyError("MemoryError", "") }
                let n = s.unicodeScalars.count
                if width <= n { return .str(s) }
                let total = width - n
                let left = total / 2 + (total & width & 1)
                return .str(String(repeating: fill, count: left) + s + String(repeating: fill, count: total - left))
            }
            return .str(try PyFormat.format(s, spec: fill + align + String(width)))
        case "zfill":
            let a = try args.positionalOnly(name, 1...1)
            guard case .int(let width) = a[0] else { throw PyError("TypeError", "'\(a[0].typeName)' object cannot be interpreted as an integer") }
            if width > PyFormat.maximumLength { throw PyError("MemoryError", "") }
            var body = s
            var sign = ""
            if let f = body.first, f == "-" || f == "+" { sign = String(f); body.removeFirst() }
            let pad = max(0, width - s.unicodeScalars.count)
            return .str(sign + String(repeating: "0", count: pad) + body)
        case "removeprefix":
            let a = try args.positionalOnly(name, 1...1)
            guard case .str(let p) = a[0] else { throw PyError("TypeError", "removeprefix() argument must be str, not \(a[0].typeName)") }
            return .str(s.hasPrefix(p) ? String(s.dropFirst(p.count)) : s)
        case "removesuffix":
            let a = try args.positionalOnly(name, 1...1)
            guard case .str(let p) = a[0] else { throw PyError("TypeError", "removesuffix() argument must be str, not \(a[0].typeName)") }
            return .str(s.hasSuffix(p) && !p.isEmpty ? String(s.dropLast(p.count)) : s)
        default:
            throw PyError("AttributeError", "'str' object has no attribute '\(name)'")
        }
    }

    func listMethod(_ l: PyList, _ name: String, _ args: Arguments) throws -> Value {
        if l.items.count >= Interpreter.maxContainerSize, ["append", "extend", "insert"].contains(name) {
            throw PyError("MemoryError", "")
        }
        switch name {
        case "append":
            let a = try args.positionalOnly("list.append", 1...1)
            l.items.append(a[0])
        case "extend":
            let a = try args.positionalOnly("list.extend", 1...1)
            l.items.append(contentsOf: try collect(a[0]))
        case "insert":
            let a = try args.positionalOnly("insert", 2...2)
            guard case .int(var i) = a[0].boolAsInt else { throw PyError("TypeError", "'\(a[0].typeName)' object cannot be interpreted as an integer") }
            if i < 0 { i = max(0, i + l.items.count) }
            l.items.insert(a[1], at: min(i, l.items.count))
        case "pop":
            let a = try args.positionalOnly("pop", 0...1)
            if l.items.isEmpty { throw PyError("IndexError", "pop from empty list") }
            var i = l.items.count - 1
            if let v = a.first {
                guard case .int(let n) = v.boolAsInt else { throw PyError("TypeError", "'\(v.typeName)' object cannot be interpreted as an integer") }
                i = n < 0 ? n + l.items.count : n
                guard i >= 0 && i < l.items.count else { throw PyError("IndexError", "pop index out of range") }
            }
            return l.items.remove(at: i)
        case "remove":
            let a = try args.positionalOnly("list.remove", 1...1)
            guard let i = try l.items.firstIndex(where: { try equals($0, a[0]) }) else {
                throw PyError("ValueError", "list.remove(x): x not in list")
            }
            l.items.remove(at: i)
        case "index":
            let a = try args.positionalOnly("index", 1...1)
            guard let i = try l.items.firstIndex(where: { try equals($0, a[0]) }) else {
                throw PyError("ValueError", "\(try repr(a[0])) is not in list")
            }
            return .int(i)
        case "count":
            let a = try args.positionalOnly("count", 1...1)
            return .int(try l.items.filter { try equals($0, a[0]) }.count)
        case "clear": l.items.removeAll()
        case "copy": return .list(PyList(l.items))
        case "reverse": l.items.reverse()
        case "sort":
            let a = try args.bind("sort", ["key", "reverse"], builtin: true)
            if !args.positional.isEmpty { throw PyError("TypeError", "sort() takes no positional arguments") }
            // As CPython: the list looks empty while it sorts, and one that the key or a
            // comparison changed meanwhile is a ValueError (its sorted items are kept).
            let items = l.items
            l.items = []
            let sorted: [Value]
            do {
                sorted = try sortValues(items, key: a[0], reverse: a[1].map { try truthy($0) } ?? false)
            } catch {
                l.items = items
                throw error
            }
            let modified = !l.items.isEmpty
            l.items = sorted
            if modified { throw PyError("ValueError", "list modified during sort") }
        default:
            throw PyError("AttributeError", "'list' object has no attribute '\(name)'")
        }
        return .none
    }

    func dictMethod(_ d: PyDict, _ name: String, _ args: Arguments) throws -> Value {
        switch name {
        case "get":
            let a = try args.positionalOnly("get", 1...2)
            return try d.get(a[0]) ?? (a.count > 1 ? a[1] : .none)
        case "keys": return .object(PyDictView(d, .keys))
        case "values": return .object(PyDictView(d, .values))
        case "items": return .object(PyDictView(d, .items))
        case "update":
            if args.positional.count > 1 { throw PyError("TypeError", "update expected at most 1 argument, got \(args.positional.count)") }
            let a = args.positional
            if let other = a.first {
                if case .dict(let o) = other.unwrappingBuiltin {
                    for (k, v) in o.pairs { try d.set(k, v) }
                } else if case .object = other, let keys = try getAttributeIfPresent(other, "keys") {
                    // a mapping (CPython's test: it has `keys`), e.g. a module's `state_dict()`
                    for k in try collect(try call(keys, Arguments())) { try d.set(k, try getItem(other, k)) }
                } else {
                    for item in try collect(other) {
                        let pair = try collect(item)
                        guard pair.count == 2 else {
                            throw PyError("ValueError", "dictionary update sequence element #0 has length \(pair.count); 2 is required")
                        }
                        try d.set(pair[0], pair[1])
                    }
                }
            }
            for (k, v) in args.keywords { try d.set(.str(k), v) }
            return .none
        case "pop":
            let a = try args.positionalOnly("pop", 1...2)
            if let v = try d.remove(a[0]) { return v }
            if a.count > 1 { return a[1] }
            throw keyError(a[0])
        case "popitem":
            guard let k = d.keys.last else { throw keyError(.str("popitem(): dictionary is empty")) }
            let v = try d.remove(k) ?? .none
            return .tuple(.pair(k, v))
        case "setdefault":
            let a = try args.positionalOnly("setdefault", 1...2)
            if let v = try d.get(a[0]) { return v }
            let v = a.count > 1 ? a[1] : .none
            try d.set(a[0], v)
            return v
        case "clear": d.removeAll(); return .none
        case "copy": return .dict(d.copy())
        default:
            throw PyError("AttributeError", "'dict' object has no attribute '\(name)'")
        }
    }

    /// A stable sort with an optional key function, as `sorted` and `list.sort` do.
    func sortValues(_ items: [Value], key: Value?, reverse: Bool) throws -> [Value] {
        var keys = items
        if let key, !(key.isNone) { keys = try items.map { try call(key, Arguments([$0])) } }
        var indices = Array(items.indices)
        var error: Error?
        // Keys of one class compare without a recursion check, as in CPython's sort.
        let firstClass = keys.first?.instance?.cls
        let checked = !(firstClass != nil && keys.allSatisfy { $0.instance?.cls === firstClass })
        // Merge sort keeps equal items in order (Swift's sort is not guaranteed stable).
        func less(_ i: Int, _ j: Int) -> Bool {
            if error != nil { return false }
            do {
                return reverse ? try order(keys[j], keys[i], .lt, checked: checked) < 0 : try order(keys[i], keys[j], .lt, checked: checked) < 0
            } catch let e {
                error = e
                return false
            }
        }
        indices = mergeSort(indices, less)
        if let error { throw error }
        return indices.map { items[$0] }
    }

    private func mergeSort(_ a: [Int], _ less: (Int, Int) -> Bool) -> [Int] {
        if a.count <= 1 { return a }
        let mid = a.count / 2
        let l = mergeSort(Array(a[..<mid]), less), r = mergeSort(Array(a[mid...]), less)
        var out: [Int] = []
        out.reserveCapacity(a.count)
        var i = 0, j = 0
        while i < l.count && j < r.count {
            if less(r[j], l[i]) { out.append(r[j]); j += 1 } else { out.append(l[i]); i += 1 }
        }
        out.append(contentsOf: l[i...])
        out.append(contentsOf: r[j...])
        return out
    }
}

extension Value {
    var isNone: Bool {
        if case .none = self { return true }
        return false
    }
}
