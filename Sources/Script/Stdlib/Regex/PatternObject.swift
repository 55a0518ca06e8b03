/// `re.Pattern`: a compiled regular expression, with `match`, `search`, `fullmatch`,
/// `findall`, `finditer`, `sub`, `subn` and `split`, and CPython's repr
/// (`re.compile('a+', re.IGNORECASE)`).
final class PyRegexPattern: PyObject {
    static let patternClass = PyClass("Pattern", module: "re", base: CoreClasses.object) { _, _ in
        throw PyError("TypeError", "cannot create 're.Pattern' instances")
    }

    let pattern: String
    let program: RegexProgram

    init(pattern: String, program: RegexProgram) {
        self.pattern = pattern
        self.program = program
    }

    var pyClass: PyClass { PyRegexPattern.patternClass }

    func repr(_ interp: Interpreter) throws -> String {
        var out = "re.compile(" + String(PyFormat.reprString(pattern).unicodeScalars.prefix(200))
        var flags = program.flags
        if flags & (RegexFlags.locale | RegexFlags.unicode | RegexFlags.ascii) == RegexFlags.unicode { flags &= ~RegexFlags.unicode }
        if flags != 0 {
            var names: [String] = []
            for (name, bit) in RegexFlags.reprNames where flags & bit != 0 {
                names.append(name)
                flags &= ~bit
            }
            if flags != 0 { names.append("0x" + String(flags, radix: 16)) }
            out += ", " + names.joined(separator: "|")
        }
        return out + ")"
    }

    static let methods: Set<String> = ["match", "fullmatch", "search", "findall", "finditer", "sub", "subn", "split"]

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "pattern": return .str(pattern)
        case "flags": return .int(program.flags)
        case "groups": return .int(program.groupCount)
        case "groupindex":
            let d = PyDict()
            for (n, g) in program.groupIndex { try d.set(.str(n), .int(g)) }
            return .object(PyMappingProxy(viewing: d))
        default:
            guard PyRegexPattern.methods.contains(name) else { return nil }
            return .builtin(PyBuiltin(name, boundSelf: .object(self)) { interp, args in
                try self.call(name, args, interp)
            })
        }
    }

    private func call(_ name: String, _ args: Arguments, _ interp: Interpreter) throws -> Value {
        switch name {
        case "match", "fullmatch", "search":
            let a = try args.bind(name, ["string", "pos", "endpos"], required: 1, builtin: true)
            let (text, string) = try PyRegexPattern.subject(a[0]!)
            let (pos, endpos) = try PyRegexPattern.bounds(a[1], a[2], text.count, interp)
            return try firstMatch(name, text: text, string: string, pos: pos, endpos: endpos, interp)
        case "findall":
            let a = try args.bind(name, ["string", "pos", "endpos"], required: 1, builtin: true)
            let (text, string) = try PyRegexPattern.subject(a[0]!)
            let (pos, endpos) = try PyRegexPattern.bounds(a[1], a[2], text.count, interp)
            return try findall(text: text, string: string, pos: pos, endpos: endpos, interp)
        case "finditer":
            let a = try args.bind(name, ["string", "pos", "endpos"], required: 1, builtin: true)
            let (text, string) = try PyRegexPattern.subject(a[0]!)
            let (pos, endpos) = try PyRegexPattern.bounds(a[1], a[2], text.count, interp)
            return finditer(text: text, string: string, pos: pos, endpos: endpos, interp)
        case "sub", "subn":
            let a = try args.bind(name, ["repl", "string", "count"], required: 2, builtin: true)
            let count = try a[2].map { try interp.toInt($0, name) } ?? 0
            return try substitute(a[0]!, a[1]!, count: count, returnCount: name == "subn", interp)
        case "split":
            let a = try args.bind(name, ["string", "maxsplit"], required: 1, builtin: true)
            let maxsplit = try a[1].map { try interp.toInt($0, name) } ?? 0
            return try split(a[0]!, maxsplit: maxsplit, interp)
        default:
            return .none
        }
    }

    /// The searched string as code points, or CPython's TypeError for other types.
    static func subject(_ v: Value) throws -> ([UInt32], String) {
        guard case .str(let s) = v else {
            throw PyError("TypeError", "expected string or bytes-like object, got '\(v.typeName)'")
        }
        return (s.unicodeScalars.map(\.value), s)
    }

    /// `pos` and `endpos`, clamped to the string as `_sre` clamps them.
    static func bounds(_ pos: Value?, _ endpos: Value?, _ length: Int, _ interp: Interpreter) throws -> (Int, Int) {
        var p = try pos.map { try interp.toInt($0, "pos") } ?? 0
        var e = try endpos.map { try interp.toInt($0, "endpos") } ?? length
        p = min(max(p, 0), length)
        e = min(max(e, 0), length)
        return (p, e)
    }

    private func firstMatch(_ kind: String, text: [UInt32], string: String, pos: Int, endpos: Int, _ interp: Interpreter) throws -> Value {
        guard pos <= endpos else { return .none }
        let m = RegexMatcher(program, text: text, end: endpos, interp)
        let found: Bool
        switch kind {
        case "search": found = try m.search(from: pos)
        case "fullmatch": found = try m.match(at: pos, full: true)
        default: found = try m.match(at: pos)
        }
        return found ? .object(PyRegexMatch(self, m, string: string, text: text, pos: pos, endpos: endpos)) : .none
    }

    /// Every match from `pos` on, as `_sre` walks them: after an empty match the next one
    /// may not be empty at the same place.
    func scan(_ text: [UInt32], pos: Int, endpos: Int, _ interp: Interpreter, limit: Int = 0, _ body: (RegexMatcher) throws -> Void) throws {
        guard pos <= endpos else { return }
        let m = RegexMatcher(program, text: text, end: endpos, interp)
        var start = pos
        var mustAdvance = false
        var n = 0
        while start <= endpos && (limit == 0 || n < limit) {
            guard try m.search(from: start, mustAdvance: mustAdvance) else { break }
            try body(m)
            n += 1
            mustAdvance = m.marks[1] == m.marks[0]
            start = m.marks[1]
        }
    }

    private func findall(text: [UInt32], string: String, pos: Int, endpos: Int, _ interp: Interpreter) throws -> Value {
        var out: [Value] = []
        let groups = program.groupCount
        try scan(text, pos: pos, endpos: endpos, interp) { m in
            func slice(_ g: Int) -> Value {
                let s = m.marks[2 * g], e = m.marks[2 * g + 1]
                return .str(s >= 0 && e >= s ? PyRegexPattern.text(text, s, e) : "")
            }
            switch groups {
            case 0: out.append(slice(0))
            case 1: out.append(slice(1))
            default: out.append(.tuple(PyTuple.of((1...groups).map(slice))))
            }
        }
        return .list(PyList(out))
    }

    private func finditer(text: [UInt32], string: String, pos: Int, endpos: Int, _ interp: Interpreter) -> Value {
        var start = pos
        var mustAdvance = false
        var done = pos > endpos
        let iterator = PyIterator(kind: "callable_iterator") { [self] in
            guard !done, start <= endpos else { return nil }
            let m = RegexMatcher(program, text: text, end: endpos, interp)
            guard try m.search(from: start, mustAdvance: mustAdvance) else { done = true; return nil }
            mustAdvance = m.marks[1] == m.marks[0]
            start = m.marks[1]
            return .object(PyRegexMatch(self, m, string: string, text: text, pos: pos, endpos: endpos))
        }
        return .object(iterator)
    }

    private func substitute(_ repl: Value, _ subjectValue: Value, count: Int, returnCount: Bool, _ interp: Interpreter) throws -> Value {
        let (text, string) = try PyRegexPattern.subject(subjectValue)
        var template: RegexTemplate?
        var callable: Value?
        if case .str(let r) = repl {
            do {
                template = try RegexTemplate.parse(r, groupCount: program.groupCount, groupIndex: program.groupIndex)
            } catch let e as RegexSyntaxError {
                throw ReModule.error(e, pattern: r)
            }
        } else {
            callable = repl
        }
        var pieces: [Value] = []
        var last = 0
        var n = 0
        let literal = template?.literalText
        try scan(text, pos: 0, endpos: count < 0 ? -1 : text.count, interp, limit: count) { m in
            let b = m.marks[0], e = m.marks[1]
            if last < b { pieces.append(.str(PyRegexPattern.text(text, last, b))) }
            if let literal {
                if !literal.isEmpty { pieces.append(.str(literal)) }
            } else if let template {
                pieces.append(.str(template.expand(PyRegexMatch(self, m, string: string, text: text, pos: 0, endpos: text.count))))
            } else if let callable {
                let item = try interp.call(callable, Arguments([.object(PyRegexMatch(self, m, string: string, text: text, pos: 0, endpos: text.count))]))
                if !item.isNone { pieces.append(item) }
            }
            last = e
            n += 1
        }
        if last < text.count { pieces.append(.str(PyRegexPattern.text(text, last, text.count))) }
        var out = ""
        for (i, p) in pieces.enumerated() {
            guard case .str(let s) = p else {
                throw PyError("TypeError", "sequence item \(i): expected str instance, \(p.typeName) found")
            }
            out += s
        }
        return returnCount ? .tuple(PyTuple.of([.str(out), .int(n)])) : .str(out)
    }

    private func split(_ subjectValue: Value, maxsplit: Int, _ interp: Interpreter) throws -> Value {
        let (text, _) = try PyRegexPattern.subject(subjectValue)
        var out: [Value] = []
        var last = 0
        if maxsplit >= 0 {
            try scan(text, pos: 0, endpos: text.count, interp, limit: maxsplit) { m in
                out.append(.str(PyRegexPattern.text(text, last, m.marks[0])))
                if program.groupCount > 0 {
                    for g in 1...program.groupCount {
                        let s = m.marks[2 * g], e = m.marks[2 * g + 1]
                        out.append(s >= 0 && e >= s ? .str(PyRegexPattern.text(text, s, e)) : .none)
                    }
                }
                last = m.marks[1]
            }
        }
        out.append(.str(PyRegexPattern.text(text, last, text.count)))
        return .list(PyList(out))
    }

    /// The str of code points `text[start..<end]`.
    static func text(_ text: [UInt32], _ start: Int, _ end: Int) -> String {
        var s = String.UnicodeScalarView()
        for c in text[start..<end] { s.append(Unicode.Scalar(c)!) }
        return String(s)
    }
}
