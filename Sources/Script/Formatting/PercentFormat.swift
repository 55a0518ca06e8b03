/// printf-style `str % args`, as CPython 3.11's `PyUnicode_Format` does it.
///
/// The walk over the template, the argument bookkeeping (a tuple is the argument list, a
/// mapping serves `%(key)` specs, anything else is one argument), the conversions
/// `s r a d i u o x X e E f F g G c %` and the padding rules (sign, `#` prefix and `0` fill
/// ahead of the padding, `-` padding with spaces on the right) follow
/// Objects/unicodeobject.c, so results and error messages are CPython's.
struct PercentFormatter {
    /// One `%` conversion: flags, width, precision and the conversion character.
    private struct Spec {
        var leftJustify = false
        var plusSign = false
        var blankSign = false
        var alternate = false
        var zeroPad = false
        var width = -1
        var precision = -1
        var ch: Unicode.Scalar = "\0"
        /// Whether the converted text is a number whose sign the padding keeps in front.
        var numeric = false
    }

    private let interp: Interpreter
    private let format: [Unicode.Scalar]
    private var pos = 0
    private var args: Value
    /// The argument count when `args` is a tuple, -1 for a single argument (CPython's `arglen`).
    private var argCount: Int
    private var argIndex: Int
    private let mapping: Value?
    private var out = String.UnicodeScalarView()

    init(_ interp: Interpreter, template: String, args: Value) {
        self.interp = interp
        format = Array(template.unicodeScalars)
        self.args = args
        if case .tuple(let t) = args {
            argCount = t.count
            argIndex = 0
        } else {
            argCount = -1
            argIndex = -2
        }
        mapping = PercentFormatter.isMapping(args) ? args : nil
    }

    /// Whether `v` is a mapping in the sense of `PyMapping_Check` (not a tuple or str).
    static func isMapping(_ v: Value) -> Bool {
        switch v {
        case .dict, .list: return true
        case .object(let i as PyInstance): return i.cls.lookup("__getitem__") != nil
        case .object(is TensorObject), .object(is PyRange), .object(is PyNamedTuple): return true
        default: return false
        }
    }

    mutating func run() throws -> String {
        while pos < format.count {
            if format[pos] != "%" {
                out.append(format[pos])
                pos += 1
                continue
            }
            pos += 1
            try convertOne()
        }
        if argIndex < argCount && mapping == nil {
            throw PyError("TypeError", "not all arguments converted during string formatting")
        }
        return String(out)
    }

    private mutating func nextArg() throws -> Value {
        guard argIndex < argCount else {
            throw PyError("TypeError", "not enough arguments for format string")
        }
        defer { argIndex += 1 }
        if argCount < 0 { return args }
        guard case .tuple(let t) = args else { return args }
        return t[argIndex]
    }

    /// The character at `pos`, advancing; nil at the end of the template.
    private mutating func read() -> Unicode.Scalar? {
        guard pos < format.count else { return nil }
        defer { pos += 1 }
        return format[pos]
    }

    private func isDigit(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return c >= "0" && c <= "9"
    }

    private mutating func convertOne() throws {
        if pos < format.count && format[pos] == "%" {
            out.append("%")
            pos += 1
            return
        }
        var spec = Spec()
        var ch = pos < format.count ? format[pos] : nil
        if ch == "(" {
            guard let mapping else { throw PyError("TypeError", "format requires a mapping") }
            pos += 1
            let keyStart = pos
            var depth = 1
            while depth > 0, let c = read() {
                if c == ")" { depth -= 1 } else if c == "(" { depth += 1 }
            }
            guard depth == 0 else { throw PyError("ValueError", "incomplete format key") }
            var key = String.UnicodeScalarView()
            key.append(contentsOf: format[keyStart..<(pos - 1)])
            args = try interp.getItem(mapping, .str(String(key)))
            argCount = -1
            argIndex = -2
        }
        ch = read()
        flags: while let c = ch {
            switch c {
            case "-": spec.leftJustify = true
            case "+": spec.plusSign = true
            case " ": spec.blankSign = true
            case "#": spec.alternate = true
            case "0": spec.zeroPad = true
            default: break flags
            }
            ch = read()
        }
        if ch == "*" {
            spec.width = try starArgument()
            if spec.width < 0 {
                spec.leftJustify = true
                spec.width = -spec.width
            }
            ch = read()
        } else if isDigit(ch) {
            spec.width = 0
            while let c = ch, isDigit(c) {
                let (m, o1) = spec.width.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(Int(c.value - 48))
                if o1 || o2 { throw PyError("ValueError", "width too big") }
                spec.width = a
                ch = read()
            }
        }
        if ch == "." {
            spec.precision = 0
            ch = read()
            if ch == "*" {
                spec.precision = max(0, try starArgument())
                ch = read()
            } else if isDigit(ch) {
                while let c = ch, isDigit(c) {
                    spec.precision = spec.precision * 10 + Int(c.value - 48)
                    if spec.precision > Int(Int32.max) { throw PyError("ValueError", "precision too big") }
                    ch = read()
                }
            }
        }
        if ch == "h" || ch == "l" || ch == "L" { ch = read() }
        guard let conversion = ch else { throw PyError("ValueError", "incomplete format") }
        spec.ch = conversion
        try PyFormat.checkLength(spec.width)
        try PyFormat.checkLength(spec.precision)
        let text = try convert(&spec)
        pad(text, spec)
        if mapping != nil && argIndex < argCount {
            throw PyError("TypeError", "not all arguments converted during string formatting")
        }
    }

    /// The value of a `*` width or precision.
    private mutating func starArgument() throws -> Int {
        let v = try nextArg()
        switch v {
        case .int(let n): return n
        case .bool(let b): return b ? 1 : 0
        case .object(is PyBigInt):
            throw PyError("OverflowError", "Python int too large to convert to C ssize_t")
        default: throw PyError("TypeError", "* wants int")
        }
    }

    /// The converted text of the next argument, before padding.
    private mutating func convert(_ spec: inout Spec) throws -> [Unicode.Scalar] {
        let v = try nextArg()
        switch spec.ch {
        case "s": return Array(try interp.str(v).unicodeScalars)
        case "r": return Array(try interp.repr(v).unicodeScalars)
        case "a": return Array(interp.asciiRepr(try interp.repr(v)).unicodeScalars)
        case "d", "i", "u", "o", "x", "X":
            spec.numeric = true
            return try integerText(v, spec)
        case "e", "E", "f", "F", "g", "G":
            spec.numeric = true
            let x = try interp.toDouble(v)
            let text = FloatText.string(x, style: spec.ch, precision: spec.precision < 0 ? 6 : spec.precision,
                                        alternate: spec.alternate)
            return Array(text.unicodeScalars)
        case "c":
            return [try character(v)]
        default:
            let c = spec.ch
            let shown = c.value >= 31 && c.value <= 126 ? String(Character(c)) : "?"
            throw PyError("ValueError", "unsupported format character '\(shown)' (0x\(String(c.value, radix: 16))) at index \(pos - 1)")
        }
    }

    /// `%d %i %u %o %x %X`: `-`, the `0o`/`0x` prefix under `#`, at least `precision` digits.
    private func integerText(_ v: Value, _ spec: Spec) throws -> [Unicode.Scalar] {
        let value: BigInt
        switch v {
        case .int(let n): value = BigInt(n)
        case .bool(let b): value = BigInt(b ? 1 : 0)
        case .object(let b as PyBigInt): value = b.value
        case .float(let d) where !"oxX".unicodeScalars.contains(spec.ch):
            if d.isFinite, d.magnitude >= 9.2e18, let b = BigInt(exactly: d.rounded(.towardZero)) {
                value = b
            } else {
                value = BigInt(try interp.floatToInt(d))
            }
        case .object(let t as TensorObject) where !"oxX".unicodeScalars.contains(spec.ch):
            value = BigInt(try interp.floatToInt(try t.scalarValue()))
        default:
            if case .object(let i as PyInstance) = v {
                let names = "oxX".unicodeScalars.contains(spec.ch) ? ["__index__"] : ["__index__", "__int__"]
                for name in names {
                    if let f = interp.special(i, name) {
                        return try integerText(try interp.callUnbound(f, self: v, Arguments()), spec)
                    }
                }
            }
            let what = "oxX".unicodeScalars.contains(spec.ch) ? "an integer" : "a real number"
            throw PyError("TypeError", "%\(Character(spec.ch)) format: \(what) is required, not \(v.typeName)")
        }
        let radix: Int
        var prefix: [Unicode.Scalar] = []
        switch spec.ch {
        case "o": radix = 8; prefix = ["0", "o"]
        case "x": radix = 16; prefix = ["0", "x"]
        case "X": radix = 16; prefix = ["0", "X"]
        default: radix = 10
        }
        if radix == 10 { _ = try IntStringLimit.decimal(value) }
        var digits = Array(value.magnitudeText(radix: radix).unicodeScalars)
        if spec.ch == "X" { digits = digits.map { $0 >= "a" && $0 <= "f" ? Unicode.Scalar($0.value - 32)! : $0 } }
        if spec.precision > digits.count {
            digits = Array(repeating: "0", count: spec.precision - digits.count) + digits
        }
        return (value.negative ? ["-"] : []) + (spec.alternate ? prefix : []) + digits
    }

    /// `%c`: an int code point or a one-character str.
    private func character(_ v: Value) throws -> Unicode.Scalar {
        switch v {
        case .str(let s):
            let scalars = Array(s.unicodeScalars)
            if scalars.count == 1 { return scalars[0] }
        case .int(let code):
            guard code >= 0, code <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(code)) else {
                throw PyError("OverflowError", "%c arg not in range(0x110000)")
            }
            return scalar
        case .bool(let b): return Unicode.Scalar(b ? 1 : 0)
        case .object(is PyBigInt):
            throw PyError("OverflowError", "%c arg not in range(0x110000)")
        default: break
        }
        throw PyError("TypeError", "%c requires int or char")
    }

    /// Writes `text` padded to the spec's width (CPython's `unicode_format_arg_output`).
    private mutating func pad(_ text: [Unicode.Scalar], _ spec: Spec) {
        var spec = spec
        let isString = spec.ch == "s" || spec.ch == "r" || spec.ch == "a"
        var len = text.count
        if isString && spec.precision >= 0 && len > spec.precision { len = spec.precision }
        let fill: Unicode.Scalar = spec.numeric && spec.zeroPad ? "0" : " "
        var index = 0
        var signChar: Unicode.Scalar?
        var signed = spec.numeric
        if signed {
            if let first = text.first, first == "-" || first == "+" {
                signChar = first
                len -= 1
                index += 1
            } else if spec.plusSign {
                signChar = "+"
            } else if spec.blankSign {
                signChar = " "
            } else {
                signed = false
            }
        }
        var width = max(spec.width, len)
        let hasPrefix = spec.alternate && (spec.ch == "x" || spec.ch == "X" || spec.ch == "o")
        if signed, let signChar {
            if fill != " " { out.append(signChar) }
            if width > len { width -= 1 }
        }
        if hasPrefix {
            if fill != " " {
                out.append(contentsOf: text[index..<(index + 2)])
                index += 2
            }
            width = max(0, width - 2)
            len -= 2
        }
        if width > len && !spec.leftJustify {
            out.append(contentsOf: repeatElement(fill, count: width - len))
            width = len
        }
        if fill == " " {
            if signed, let signChar { out.append(signChar) }
            if hasPrefix {
                out.append(contentsOf: text[index..<(index + 2)])
                index += 2
            }
        }
        if len > 0 { out.append(contentsOf: text[index..<(index + len)]) }
        if width > len { out.append(contentsOf: repeatElement(" ", count: width - len)) }
        spec.width = width
    }
}

extension Interpreter {
    /// `template % arg`: printf-style formatting (see `PercentFormatter`).
    func percentFormat(_ template: String, _ arg: Value) throws -> String {
        var formatter = PercentFormatter(self, template: template, args: arg)
        return try formatter.run()
    }
}
