extension Interpreter {
    /// `str(v)`.
    public func str(_ v: Value) throws -> String {
        switch v {
        case .str(let s): return s
        case .object(let o): return try o.str(self)
        default: return try repr(v)
        }
    }

    /// `repr(v)`, with containers showing each element's repr.
    public func repr(_ v: Value) throws -> String {
        switch v {
        case .list, .tuple, .dict:
            // Deeply nested containers end as in CPython instead of overflowing the stack.
            if callDepth >= recursionLimit { throw PyError("RecursionError", "maximum recursion depth exceeded while getting the repr of an object") }
            callDepth += 1
            defer { callDepth -= 1 }
            return try containerRepr(v)
        default:
            return try containerRepr(v)
        }
    }

    private func containerRepr(_ v: Value) throws -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return PyFormat.repr(d)
        case .str(let s): return PyFormat.reprString(s)
        case .list(let l):
            // A list that contains itself prints as [...], as in CPython.
            guard reprInProgress.insert(ObjectIdentifier(l)).inserted else { return "[...]" }
            defer { reprInProgress.remove(ObjectIdentifier(l)) }
            return "[" + (try l.items.map { try repr($0) }).joined(separator: ", ") + "]"
        case .tuple(let t):
            if t.count == 1 { return "(" + (try repr(t[0])) + ",)" }
            return "(" + (try t.map { try repr($0) }).joined(separator: ", ") + ")"
        case .dict(let d):
            if let flavor = d.flavor { return try flavor.repr(d, self) }
            guard reprInProgress.insert(ObjectIdentifier(d)).inserted else { return "{...}" }
            defer { reprInProgress.remove(ObjectIdentifier(d)) }
            return "{" + (try d.pairs.map { "\(try repr($0.0)): \(try repr($0.1))" }).joined(separator: ", ") + "}"
        case .function(let f):
            return "<function \(f.qualname) at \(address(of: f))>"
        case .builtin(let b):
            if let s = b.boundSelf {
                if case .object(let o) = s {
                    return "<bound method \(o.pyClass.name).\(b.name) of \(try repr(s))>"
                }
                return "<built-in method \(b.name) of \(s.typeName) object at \(address(of: b))>"
            }
            return "<built-in function \(b.name)>"
        case .type(let c):
            return "<class '\(c.qualifiedName)'>"
        case .object(let o):
            return try o.repr(self)
        }
    }

    /// `format(v, spec)`: numbers and strings through PyFormat, tensors by their item.
    func format(_ v: Value, spec: String) throws -> String {
        switch v {
        case .int(let i): return try PyFormat.format(i, spec: spec)
        case .bool(let b):
            if spec.isEmpty { return b ? "True" : "False" }
            return try PyFormat.format(b ? 1 : 0, spec: spec)
        case .float(let d): return try PyFormat.format(d, spec: spec)
        case .str(let s): return try PyFormat.format(s, spec: spec)
        case .object(let b as PyBigInt):
            if spec.isEmpty { return b.value.description }
            if let last = spec.last, "eEfFgG%".contains(last) {
                guard let d = b.value.double else { throw PyError("OverflowError", "int too large to convert to float") }
                return try PyFormat.format(d, spec: spec)
            }
            // Width, fill and alignment apply to the digits; grouping of big ints is not supported.
            return try PyFormat.format(b.value.description, spec: spec.hasSuffix("d") ? String(spec.dropLast()) : spec)
        case .object(let t as TensorObject):
            // torch's Tensor.__format__ formats a 0-d tensor's item, even with an empty spec.
            if spec.isEmpty && t.tensor.rank != 0 { return try t.str(self) }
            return try TorchLibrary.formatTensor(t, spec: spec, self)
        default:
            if spec.isEmpty { return try str(v) }
            throw PyError("TypeError", "unsupported format string passed to \(v.typeName).__format__")
        }
    }

    /// `str.format(*args, **kwargs)`.
    func strFormat(_ template: String, _ args: Arguments) throws -> String {
        let chars = Array(template)
        var out = ""
        var i = 0
        var autoIndex = 0
        var usedManual = false
        while i < chars.count {
            let c = chars[i]
            if c == "{" {
                if i + 1 < chars.count && chars[i + 1] == "{" { out.append("{"); i += 2; continue }
                var j = i + 1
                var depth = 1
                while j < chars.count {
                    if chars[j] == "{" { depth += 1 }
                    if chars[j] == "}" { depth -= 1; if depth == 0 { break } }
                    j += 1
                }
                guard j < chars.count else { throw PyError("ValueError", "expected '}' before end of string") }
                let field = String(chars[(i + 1)..<j])
                var name = field
                var spec = ""
                var conversion: Character?
                if let colon = field.firstIndex(of: ":") {
                    name = String(field[..<colon])
                    spec = String(field[field.index(after: colon)...])
                }
                if let bang = name.firstIndex(of: "!") {
                    let conv = name[name.index(after: bang)...]
                    conversion = conv.first
                    name = String(name[..<bang])
                }
                if spec.contains("{") { spec = try strFormat(spec, args) }
                var value: Value
                let parts = name.split(separator: ".", maxSplits: 1)
                let head = parts.first.map(String.init) ?? ""
                if head.isEmpty {
                    if usedManual { throw PyError("ValueError", "cannot switch from manual field specification to automatic field numbering") }
                    guard autoIndex < args.positional.count else {
                        throw PyError("IndexError", "Replacement index \(autoIndex) out of range for positional args tuple")
                    }
                    value = args.positional[autoIndex]
                    autoIndex += 1
                } else if let n = Int(head) {
                    usedManual = true
                    guard n < args.positional.count else {
                        throw PyError("IndexError", "Replacement index \(n) out of range for positional args tuple")
                    }
                    value = args.positional[n]
                } else {
                    var base = head
                    var key: String?
                    if let b = head.firstIndex(of: "[") {
                        base = String(head[..<b])
                        key = String(head[head.index(after: b)...].dropLast())
                    }
                    guard let v = args.keywords.first(where: { $0.0 == base })?.1 else {
                        throw PyError("KeyError", "'\(base)'")
                    }
                    value = v
                    if let key { value = try getItem(value, Int(key).map { .int($0) } ?? .str(key)) }
                }
                if parts.count > 1 { value = try getAttribute(value, String(parts[1])) }
                switch conversion {
                case "r": value = .str(try repr(value))
                case "s": value = .str(try str(value))
                default: break
                }
                out += try format(value, spec: spec)
                i = j + 1
            } else if c == "}" {
                if i + 1 < chars.count && chars[i + 1] == "}" { out.append("}"); i += 2; continue }
                throw PyError("ValueError", "Single '}' encountered in format string")
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }

    /// `"%5.2f" % x`: printf-style formatting through the format-spec machinery.
    func percentFormat(_ template: String, _ arg: Value) throws -> String {
        var args: [Value]
        if case .tuple(let t) = arg { args = t.items } else { args = [arg] }
        let chars = Array(template)
        var out = ""
        var i = 0
        var next = 0
        while i < chars.count {
            let c = chars[i]
            guard c == "%" else { out.append(c); i += 1; continue }
            i += 1
            guard i < chars.count else { throw PyError("ValueError", "incomplete format") }
            if chars[i] == "%" { out.append("%"); i += 1; continue }
            var flags = ""
            while i < chars.count, "-+ #0".contains(chars[i]) { flags.append(chars[i]); i += 1 }
            var width = ""
            while i < chars.count, chars[i].isNumber { width.append(chars[i]); i += 1 }
            var precision = ""
            if i < chars.count, chars[i] == "." {
                precision = "."
                i += 1
                while i < chars.count, chars[i].isNumber { precision.append(chars[i]); i += 1 }
                if precision == "." { precision = ".0" }
            }
            guard i < chars.count else { throw PyError("ValueError", "incomplete format") }
            let type = chars[i]
            i += 1
            guard next < args.count else { throw PyError("TypeError", "not enough arguments for format string") }
            let v = args[next]
            next += 1
            var align = flags.contains("-") ? "<" : ""
            let sign = flags.contains("+") ? "+" : flags.contains(" ") ? " " : ""
            let zero = flags.contains("0") && align.isEmpty ? "0" : ""
            switch type {
            case "s": out += try PyFormat.format(try str(v), spec: (align.isEmpty ? ">" : align) + width + precision)
            case "r": out += try PyFormat.format(try repr(v), spec: (align.isEmpty ? ">" : align) + width + precision)
            case "d", "i":
                let n: Int
                switch v {
                case .int(let x): n = x
                case .bool(let b): n = b ? 1 : 0
                case .float(let d):
                    n = try floatToInt(d)
                default: throw PyError("TypeError", "%\(type) format: a real number is required, not \(v.typeName)")
                }
                if align.isEmpty && !zero.isEmpty { align = "" }
                out += try PyFormat.format(n, spec: align + sign + zero + width + "d")
            case "f", "F", "e", "E", "g", "G":
                let d: Double
                switch v {
                case .int(let x): d = Double(x)
                case .bool(let b): d = b ? 1 : 0
                case .float(let x): d = x
                case .object(let t as TensorObject): d = try t.tensor.item()
                default: throw PyError("TypeError", "must be real number, not \(v.typeName)")
                }
                let p = precision.isEmpty ? ".6" : precision
                out += try PyFormat.format(d, spec: align + sign + zero + width + p + String(type))
            case "x", "X", "o":
                guard case .int(let n) = v.boolAsInt else { throw PyError("TypeError", "%\(type) format: an integer is required, not \(v.typeName)") }
                out += try PyFormat.format(n, spec: align + sign + zero + width + String(type))
            default:
                throw PyError("ValueError", "unsupported format character '\(type)' (0x\(String(type.unicodeScalars.first!.value, radix: 16))) at index \(i - 1)")
            }
        }
        if next < args.count, case .tuple = arg {
            throw PyError("TypeError", "not all arguments converted during string formatting")
        }
        return out
    }
}
