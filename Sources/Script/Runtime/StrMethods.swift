/// `str`'s methods (`s.split()`, `s.format(…)`, …) as CPython's Objects/unicodeobject.c words them.
extension Interpreter {
    func strMethod(_ s: String, _ name: String, _ given: Arguments) throws -> Value {
        var args = given
        // A str subclass's instance passed as an argument (`s.startswith(prefix)`) is its str;
        // the values `format` formats keep their class (its `__format__`, `__str__`).
        if name != "format", args.positional.contains(where: { $0.builtinValue != nil }) { args.positional = args.positional.map(\.unwrappingBuiltin) }
        switch name {
        case "upper": _ = try args.positionalOnly(name, 0...0); return .str(s.uppercased())
        case "lower": _ = try args.positionalOnly(name, 0...0); return .str(s.lowercased())
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
            let a = try args.bind("splitlines", ["keepends"], builtin: true)
            let keepEnds = try a[0].map { try truthy($0) } ?? false
            return .list(PyList(Interpreter.splitLines(s, keepEnds: keepEnds).map { .str($0) }))
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
        case "find", "index", "rfind", "rindex", "count":
            let a = try args.positionalOnly(name, 1...1)
            guard case .str(let sub) = a[0] else { throw PyError("TypeError", "must be str, not \(a[0].typeName)") }
            if name == "count" {
                if sub.isEmpty { return .int(s.unicodeScalars.count + 1) }
                return .int(s.components(separatedBy: sub).count - 1)
            }
            let r = name.hasPrefix("r") ? s.range(of: sub, options: .backwards) : s.range(of: sub)
            guard let r else {
                if name.hasSuffix("index") { throw PyError("ValueError", "substring not found") }
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
        case "expandtabs":
            let a = try args.bind("expandtabs", ["tabsize"], builtin: true)
            return .str(Interpreter.expandTabs(s, tabsize: try a[0].map { try toInt($0, "expandtabs") } ?? 8))
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
        case "translate": return try strTranslate(s, args)
        case "maketrans": return try Interpreter.maketransFunction.body(self, args)
        default:
            if Interpreter.strCaseMethods.contains(name) { return try strCaseMethod(s, name, args) }
            throw PyError("AttributeError", "'str' object has no attribute '\(name)'")
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
}

extension Interpreter {
    /// `str.expandtabs(tabsize)`: each tab becomes spaces up to the next multiple of
    /// `tabsize` columns (none when `tabsize` <= 0); newlines and returns restart the count.
    static func expandTabs(_ s: String, tabsize: Int) -> String {
        var out = String.UnicodeScalarView()
        var column = 0
        for c in s.unicodeScalars {
            switch c {
            case "\t":
                if tabsize > 0 {
                    let n = tabsize - column % tabsize
                    for _ in 0..<n { out.append(" ") }
                    column += n
                }
            case "\n", "\r":
                out.append(c)
                column = 0
            default:
                out.append(c)
                column += 1
            }
        }
        return String(out)
    }
}

extension Interpreter {
    /// `str.splitlines(keepends)`: lines end at `\n`, `\r`, `\r\n`, `\v`, `\f`, `\x1c`-`\x1e`,
    /// `\x85`, `\u2028` and `\u2029`, as CPython's; a final line ending makes no empty line.
    static func splitLines(_ s: String, keepEnds: Bool) -> [String] {
        let scalars = Array(s.unicodeScalars)
        var lines: [String] = []
        var start = 0
        var i = 0
        while i < scalars.count {
            let c = scalars[i].value
            let isBreak = c == 10 || c == 13 || c == 11 || c == 12 || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 || c == 0x2029
            guard isBreak else { i += 1; continue }
            var end = i + 1
            if c == 13, end < scalars.count, scalars[end] == "\n" { end += 1 }
            lines.append(String(String.UnicodeScalarView(scalars[start..<(keepEnds ? end : i)])))
            start = end
            i = end
        }
        if start < scalars.count { lines.append(String(String.UnicodeScalarView(scalars[start...]))) }
        return lines
    }
}
