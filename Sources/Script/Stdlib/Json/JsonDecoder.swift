/// `json.loads`: CPython 3.11's scanner (Modules/_json.c, Lib/json/decoder.py) over the
/// document's code points: the same values (ints of any size, floats, `NaN`, `Infinity`)
/// and the same `JSONDecodeError` messages and positions.
struct JsonDecoder {
    let interp: Interpreter
    let text: [Unicode.Scalar]
    let document: String
    /// `loads`' hooks: called with what the scanner read, their results taking its place.
    var hooks = Hooks()

    /// `object_hook`, `object_pairs_hook` (which wins when both are given), `parse_float`,
    /// `parse_int` (with the number's text) and `parse_constant` (with `NaN`, `Infinity` or
    /// `-Infinity`), as CPython's `JSONDecoder` takes them.
    struct Hooks {
        var object: Value?
        var objectPairs: Value?
        var parseFloat: Value?
        var parseInt: Value?
        var parseConstant: Value?
        /// `strict=False` lets control characters (below U+0020) stand in strings.
        var strict = true
    }

    init(_ document: String, _ interp: Interpreter) {
        self.interp = interp
        self.document = document
        text = Array(document.unicodeScalars)
    }

    /// A value that could not start at `position` (the scanner's StopIteration).
    struct NoValue: Error { let position: Int }

    func decode() throws -> Value {
        if text.first == "\u{FEFF}" { throw JsonModule.decodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", document, 0) }
        var (value, i) = try rawDecode(from: skipWhitespace(0))
        i = skipWhitespace(i)
        if i != text.count { throw JsonModule.decodeError("Extra data", document, i) }
        return value
    }

    /// `JSONDecoder.raw_decode(s, idx)`: the value starting at `start` and where it ends,
    /// whatever follows it.
    func rawDecode(from start: Int) throws -> (Value, Int) {
        do {
            return try scan(start)
        } catch let e as NoValue {
            throw JsonModule.decodeError("Expecting value", document, e.position)
        }
    }

    private func skipWhitespace(_ start: Int) -> Int {
        var i = start
        while i < text.count, text[i] == " " || text[i] == "\t" || text[i] == "\n" || text[i] == "\r" { i += 1 }
        return i
    }

    private func hasWord(_ word: String, at i: Int) -> Bool {
        let w = Array(word.unicodeScalars)
        return i + w.count <= text.count && Array(text[i..<(i + w.count)]) == w
    }

    /// One value starting at `i`, and where it ends.
    private func scan(_ i: Int) throws -> (Value, Int) {
        guard i < text.count else { throw NoValue(position: i) }
        switch text[i] {
        case "\"": return try scanString(i + 1)
        case "{": return try scanObject(i + 1)
        case "[": return try scanArray(i + 1)
        case "n" where hasWord("null", at: i): return (.none, i + 4)
        case "t" where hasWord("true", at: i): return (.bool(true), i + 4)
        case "f" where hasWord("false", at: i): return (.bool(false), i + 5)
        case "N" where hasWord("NaN", at: i): return (try constant("NaN", .nan), i + 3)
        case "I" where hasWord("Infinity", at: i): return (try constant("Infinity", .infinity), i + 8)
        case "-" where hasWord("-Infinity", at: i): return (try constant("-Infinity", -.infinity), i + 9)
        default: return try scanNumber(i)
        }
    }

    private func constant(_ name: String, _ value: Double) throws -> Value {
        guard let hook = hooks.parseConstant else { return .float(value) }
        return try interp.call(hook, Arguments([.str(name)]))
    }

    private func isDigit(_ j: Int) -> Bool { j < text.count && text[j].value >= 48 && text[j].value <= 57 }

    /// `-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?`: an int, or a float when it has a fraction or exponent.
    private func scanNumber(_ start: Int) throws -> (Value, Int) {
        var i = start
        if i < text.count, text[i] == "-" { i += 1 }
        guard isDigit(i) else { throw NoValue(position: start) }
        if text[i] == "0" { i += 1 } else { while isDigit(i) { i += 1 } }
        var isFloat = false
        if i < text.count, text[i] == ".", isDigit(i + 1) {
            i += 1
            while isDigit(i) { i += 1 }
            isFloat = true
        }
        if i < text.count, text[i] == "e" || text[i] == "E" {
            var j = i + 1
            if j < text.count, text[j] == "-" || text[j] == "+" { j += 1 }
            if isDigit(j) {
                while isDigit(j) { j += 1 }
                i = j
                isFloat = true
            }
        }
        let literal = String(String.UnicodeScalarView(text[start..<i]))
        let constructor = (isFloat ? hooks.parseFloat : hooks.parseInt) ?? interp.builtins[isFloat ? "float" : "int"]!
        return (try interp.call(constructor, Arguments([.str(literal)])), i)
    }

    /// A string's contents after its opening quote (CPython's `scanstring`).
    private func scanString(_ start: Int) throws -> (Value, Int) {
        var out = String.UnicodeScalarView()
        var i = start
        while true {
            guard i < text.count else { throw JsonModule.decodeError("Unterminated string starting at", document, start - 1) }
            let c = text[i]
            if c == "\"" { return (.str(String(out)), i + 1) }
            if c.value < 0x20 && hooks.strict { throw JsonModule.decodeError("Invalid control character at", document, i) }
            if c != "\\" {
                out.append(c)
                i += 1
                continue
            }
            i += 1
            guard i < text.count else { throw JsonModule.decodeError("Unterminated string starting at", document, start - 1) }
            let e = text[i]
            switch e {
            case "\"", "\\", "/": out.append(e)
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "u":
                var v = try hex4(i + 1, escapeAt: i)
                i += 4
                if v >= 0xD800 && v <= 0xDBFF, i + 2 < text.count, text[i + 1] == "\\", text[i + 2] == "u" {
                    let low = try hex4(i + 3, escapeAt: i + 2)
                    if low >= 0xDC00 && low <= 0xDFFF {
                        v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    }
                }
                // A lone surrogate cannot live in a Swift string: it becomes U+FFFD.
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            default:
                throw JsonModule.decodeError("Invalid \\escape", document, i - 1)
            }
            i += 1
        }
    }

    private func hex4(_ at: Int, escapeAt: Int) throws -> UInt32 {
        guard at + 4 <= text.count, let v = UInt32(String(String.UnicodeScalarView(text[at..<(at + 4)])), radix: 16),
              text[at..<(at + 4)].allSatisfy({ $0.properties.isASCIIHexDigit }) else {
            throw JsonModule.decodeError("Invalid \\uXXXX escape", document, escapeAt)
        }
        return v
    }

    /// The object read so far, through the hooks: `object_pairs_hook` gets the pairs in
    /// order (repeated keys and all), else `object_hook` gets the dict.
    private func object(_ pairs: [(Value, Value)]) throws -> Value {
        if let hook = hooks.objectPairs {
            return try interp.call(hook, Arguments([.list(PyList(pairs.map { .tuple(PyTuple.of([$0.0, $0.1])) }))]))
        }
        let d = PyDict()
        for (k, v) in pairs { try d.set(k, v) }
        guard let hook = hooks.object else { return .dict(d) }
        return try interp.call(hook, Arguments([.dict(d)]))
    }

    private func scanObject(_ start: Int) throws -> (Value, Int) {
        var pairs: [(Value, Value)] = []
        var i = skipWhitespace(start)
        if i < text.count, text[i] == "}" { return (try object(pairs), i + 1) }
        while true {
            guard i < text.count, text[i] == "\"" else {
                throw JsonModule.decodeError("Expecting property name enclosed in double quotes", document, i)
            }
            let (key, afterKey) = try scanString(i + 1)
            i = skipWhitespace(afterKey)
            guard i < text.count, text[i] == ":" else { throw JsonModule.decodeError("Expecting ':' delimiter", document, i) }
            i = skipWhitespace(i + 1)
            let (value, afterValue) = try scan(i)
            pairs.append((key, value))
            i = skipWhitespace(afterValue)
            if i < text.count, text[i] == "}" { return (try object(pairs), i + 1) }
            guard i < text.count, text[i] == "," else { throw JsonModule.decodeError("Expecting ',' delimiter", document, i) }
            i = skipWhitespace(i + 1)
        }
    }

    private func scanArray(_ start: Int) throws -> (Value, Int) {
        var items: [Value] = []
        var i = skipWhitespace(start)
        if i < text.count, text[i] == "]" { return (.list(PyList(items)), i + 1) }
        while true {
            let (value, afterValue) = try scan(i)
            items.append(value)
            i = skipWhitespace(afterValue)
            if i < text.count, text[i] == "]" { return (.list(PyList(items)), i + 1) }
            guard i < text.count, text[i] == "," else { throw JsonModule.decodeError("Expecting ',' delimiter", document, i) }
            i = skipWhitespace(i + 1)
        }
    }
}
