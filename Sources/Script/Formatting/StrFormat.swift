/// `str.format(*args, **kwargs)` and `str.format_map(mapping)`, as CPython 3.11's
/// Objects/stringlib/unicode_format.h does them.
///
/// The template is read as literal text and `{field!conversion:spec}` replacement fields;
/// a field names an argument (`{}` numbered automatically, `{0}`, `{name}`) followed by
/// attribute and index lookups (`{0.x}`, `{a[1]}`, `{a[key]}`); a spec may itself hold fields
/// (`{x:{w}.{p}f}`), expanded once more, two levels deep as PEP 3101 says. Parsing and the
/// order of its errors follow CPython, so a bad template raises CPython's message.
struct StrFormatter {
    private enum Numbering { case unset, automatic, manual }

    private let interp: Interpreter
    /// The positional arguments; nil for `format_map`.
    private let positional: [Value]?
    /// The keyword arguments: a dict for `format`, the mapping for `format_map`.
    private let keywords: Value?
    private var numbering = Numbering.unset
    private var nextAuto = 0

    init(_ interp: Interpreter, positional: [Value]?, keywords: Value?) {
        self.interp = interp
        self.positional = positional
        self.keywords = keywords
    }

    /// The formatted template.
    mutating func format(_ template: String) throws -> String {
        try build(Array(template.unicodeScalars), depth: 2)
    }

    private mutating func build(_ s: [Unicode.Scalar], depth: Int) throws -> String {
        if depth <= 0 { throw PyError("ValueError", "Max string recursion exceeded") }
        var out = String.UnicodeScalarView()
        var pos = 0
        while pos < s.count {
            // Literal text up to a brace.
            let start = pos
            var c: Unicode.Scalar = "\0"
            var markup = false
            while pos < s.count {
                c = s[pos]
                pos += 1
                if c == "{" || c == "}" {
                    markup = true
                    break
                }
            }
            let atEnd = pos >= s.count
            var length = pos - start
            if markup && c == "}" && (atEnd || s[pos] != "}") {
                throw PyError("ValueError", "Single '}' encountered in format string")
            }
            if markup && atEnd && c == "{" {
                throw PyError("ValueError", "Single '{' encountered in format string")
            }
            if markup && !atEnd {
                if s[pos] == c {
                    pos += 1
                    markup = false
                } else {
                    length -= 1
                }
            }
            out.append(contentsOf: s[start..<(start + length)])
            guard markup else { continue }
            let field = try parseField(s, &pos)
            out.append(contentsOf: try render(field, s, depth: depth).unicodeScalars)
        }
        return String(out)
    }

    /// One replacement field, as ranges of the template.
    private struct Field {
        var name: Range<Int>
        var conversion: Unicode.Scalar?
        var spec: Range<Int>?
        var specHasFields = false
    }

    /// Parses the field that starts at `pos` (just after its `{`), leaving `pos` after its `}`.
    private func parseField(_ s: [Unicode.Scalar], _ pos: inout Int) throws -> Field {
        let nameStart = pos
        var c: Unicode.Scalar = "\0"
        scan: while pos < s.count {
            c = s[pos]
            pos += 1
            switch c {
            case "{": throw PyError("ValueError", "unexpected '{' in field name")
            case "[":
                while pos < s.count && s[pos] != "]" { pos += 1 }
            case "}", ":", "!": break scan
            default: break
            }
        }
        var field = Field(name: nameStart..<max(nameStart, pos - 1))
        guard c == "!" || c == ":" else {
            if c != "}" { throw PyError("ValueError", "expected '}' before end of string") }
            return field
        }
        if c == "!" {
            guard pos < s.count else {
                throw PyError("ValueError", "end of string while looking for conversion specifier")
            }
            field.conversion = s[pos]
            pos += 1
            if pos < s.count {
                let next = s[pos]
                pos += 1
                if next == "}" { return field }
                if next != ":" { throw PyError("ValueError", "expected ':' after conversion specifier") }
            }
        }
        let specStart = pos
        var depth = 1
        while pos < s.count {
            let d = s[pos]
            pos += 1
            if d == "{" {
                field.specHasFields = true
                depth += 1
            } else if d == "}" {
                depth -= 1
                if depth == 0 {
                    field.spec = specStart..<(pos - 1)
                    return field
                }
            }
        }
        throw PyError("ValueError", "unmatched '{' in format spec")
    }

    private mutating func render(_ field: Field, _ s: [Unicode.Scalar], depth: Int) throws -> String {
        var value = try lookUp(Array(s[field.name]))
        if let conversion = field.conversion {
            switch conversion {
            case "r": value = .str(try interp.repr(value))
            case "s": value = .str(try interp.str(value))
            case "a": value = .str(interp.asciiRepr(try interp.repr(value)))
            default:
                let shown = conversion.value > 32 && conversion.value < 127
                    ? String(Character(conversion)) : "\\x" + String(conversion.value, radix: 16)
                throw PyError("ValueError", "Unknown conversion specifier \(shown)")
            }
        }
        var spec = ""
        if let range = field.spec {
            if field.specHasFields {
                spec = try build(Array(s[range]), depth: depth - 1)
            } else {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: s[range])
                spec = String(view)
            }
        }
        return try interp.format(value, spec: spec)
    }

    /// The decimal value of `s`, nil when it is empty or not all digits.
    private static func integer(_ s: ArraySlice<Unicode.Scalar>) throws -> Int? {
        guard !s.isEmpty else { return nil }
        var value = 0
        for c in s {
            guard c.properties.numericType == .decimal, let d = c.properties.numericValue else { return nil }
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(d))
            if o1 || o2 { throw PyError("ValueError", "Too many decimal digits in format string") }
            value = a
        }
        return value
    }

    private static func text(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s)
        return String(view)
    }

    /// The object a field name designates: the argument, then each `.attr` and `[key]`.
    private mutating func lookUp(_ name: [Unicode.Scalar]) throws -> Value {
        var i = 0
        while i < name.count && name[i] != "." && name[i] != "[" { i += 1 }
        let first = name[0..<i]
        var index = try StrFormatter.integer(first)
        let empty = first.isEmpty
        if empty || index != nil {
            if numbering == .unset { numbering = empty ? .automatic : .manual }
            if numbering == .manual && empty {
                throw PyError("ValueError", "cannot switch from manual field specification to automatic field numbering")
            }
            if numbering == .automatic && !empty {
                throw PyError("ValueError", "cannot switch from automatic field numbering to manual field specification")
            }
            if empty {
                index = nextAuto
                nextAuto += 1
            }
        }
        var value: Value
        if let index {
            guard let positional else { throw PyError("ValueError", "Format string contains positional fields") }
            guard index < positional.count else {
                throw PyError("IndexError", "Replacement index \(index) out of range for positional args tuple")
            }
            value = positional[index]
        } else {
            let key = Value.str(StrFormatter.text(first))
            guard let keywords else { throw keyError(key) }
            if case .dict(let d) = keywords, d.flavor == nil {
                guard let v = try d.get(key) else { throw keyError(key) }
                value = v
            } else {
                value = try interp.getItem(keywords, key)
            }
        }
        while i < name.count {
            let c = name[i]
            i += 1
            let start = i
            switch c {
            case ".":
                while i < name.count && name[i] != "." && name[i] != "[" { i += 1 }
                guard i > start else { throw PyError("ValueError", "Empty attribute in format string") }
                value = try interp.getAttribute(value, StrFormatter.text(name[start..<i]))
            case "[":
                while i < name.count && name[i] != "]" { i += 1 }
                guard i < name.count else { throw PyError("ValueError", "Missing ']' in format string") }
                let key = name[start..<i]
                i += 1
                guard !key.isEmpty else { throw PyError("ValueError", "Empty attribute in format string") }
                if let n = try StrFormatter.integer(key) {
                    value = try interp.getItem(value, .int(n))
                } else {
                    value = try interp.getItem(value, .str(StrFormatter.text(key)))
                }
            default:
                throw PyError("ValueError", "Only '.' or '[' may follow ']' in format field specifier")
            }
        }
        return value
    }

    private func keyError(_ key: Value) -> PyError {
        var e = PyError("KeyError", (try? interp.repr(key)) ?? "")
        e.instance = .object(PyExceptionObject(cls: interp.exceptionClass(named: "KeyError"), args: [key]))
        return e
    }
}

extension Interpreter {
    /// `template.format(*args, **kwargs)` (see `StrFormatter`).
    func strFormat(_ template: String, _ args: Arguments) throws -> String {
        let kwargs = PyDict()
        for (k, v) in args.keywords { try kwargs.set(.str(k), v) }
        var formatter = StrFormatter(self, positional: args.positional, keywords: .dict(kwargs))
        return try formatter.format(template)
    }

    /// `template.format_map(mapping)`: fields name keys of `mapping`; no positional fields.
    func strFormatMap(_ template: String, _ mapping: Value) throws -> String {
        var formatter = StrFormatter(self, positional: nil, keywords: mapping)
        return try formatter.format(template)
    }
}
