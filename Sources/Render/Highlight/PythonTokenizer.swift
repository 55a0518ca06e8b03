/// The scanner behind `PythonHighlighter`: splits source into classified runs and writes HTML.
///
/// It never fails: whatever it does not recognize is written as plain text, and each
/// branch advances by at least one character, so every input character is written once.
struct PythonTokenizer {
    private let s: [Unicode.Scalar]
    private var i = 0
    /// The class the next identifier gets because of the keyword before it (`def`, `class`).
    private var pendingName: String?
    /// The last non-space character written, to tell `x.sum` (attribute) from `sum` (builtin).
    private var previous: Unicode.Scalar = "\n"
    /// Whether only spaces precede `i` on its line, for decorators.
    private var atLineStart = true
    /// How many f-string replacement fields enclose this tokenizer; deeper fields are
    /// written as string text, which bounds recursion on pathological input.
    private var fieldDepth = 0
    private static let maximumFieldDepth = 8

    init(_ scalars: [Unicode.Scalar]) {
        s = scalars
    }

    mutating func run(into out: inout [UInt8]) {
        while i < s.count {
            let c = s[i]
            let start = i
            if c == "\n" || c == "\r" {
                i += 1
                atLineStart = true
                emit(start..<i, nil, &out)
                continue
            }
            if c == " " || c == "\t" || c == "\u{C}" {
                while i < s.count, s[i] == " " || s[i] == "\t" || s[i] == "\u{C}" { i += 1 }
                emit(start..<i, nil, &out)
                continue
            }
            let lineStart = atLineStart
            atLineStart = false
            if !isIdentifierStart(c) { pendingName = nil }
            if c == "#" {
                while i < s.count, s[i] != "\n", s[i] != "\r" { i += 1 }
                emit(start..<i, "com", &out)
            } else if let prefixEnd = stringStart(at: i) {
                string(prefixEnd: prefixEnd, into: &out)
            } else if isDigit(c) || (c == "." && i + 1 < s.count && isDigit(s[i + 1])) {
                number(into: &out)
            } else if isIdentifierStart(c) {
                identifier(into: &out)
            } else if c == "@", lineStart, i + 1 < s.count, isIdentifierStart(s[i + 1]) {
                i += 1
                while i < s.count, isIdentifierPart(s[i]) || (s[i] == "." && i + 1 < s.count && isIdentifierStart(s[i + 1])) {
                    i += 1
                }
                emit(start..<i, "dec", &out)
            } else if Self.operatorCharacters.contains(c) {
                while i < s.count, Self.operatorCharacters.contains(s[i]) { i += 1 }
                emit(start..<i, "op", &out)
            } else {
                i += 1
                emit(start..<i, nil, &out)
            }
        }
    }

    // MARK: Tokens

    private mutating func identifier(into out: inout [UInt8]) {
        let start = i
        while i < s.count, isIdentifierPart(s[i]) { i += 1 }
        let word = String(String.UnicodeScalarView(s[start..<i]))
        let afterDot = previous == "."
        var kind: String?
        if let pending = pendingName {
            kind = pending
            pendingName = nil
        } else if afterDot {
            kind = nil
        } else if word == "True" || word == "False" || word == "None" {
            kind = "const"
        } else if Self.keywords.contains(word) {
            kind = "kw"
            if word == "def" { pendingName = "fn" }
            if word == "class" { pendingName = "cls" }
        } else if word == "self" || word == "cls" {
            kind = "self"
        } else if Self.builtins.contains(word) {
            kind = "bi"
        }
        emit(start..<i, kind, &out)
    }

    private mutating func number(into out: inout [UInt8]) {
        let start = i
        let hex = s[i] == "0" && i + 1 < s.count && (s[i + 1] == "x" || s[i + 1] == "X")
        while i < s.count {
            let c = s[i]
            if isDigit(c) || isLetter(c) || c == "_" || c == "." {
                i += 1
            } else if (c == "+" || c == "-"), !hex, i > start, s[i - 1] == "e" || s[i - 1] == "E",
                      i + 1 < s.count, isDigit(s[i + 1]) {
                i += 1
            } else {
                break
            }
        }
        emit(start..<i, "num", &out)
    }

    /// The index after a string prefix and opening quote starting at `at`, if a string starts there.
    private func stringStart(at index: Int) -> Int? {
        var j = index
        while j < s.count, j - index < 2, isLetter(s[j]) { j += 1 }
        guard j < s.count, s[j] == "\"" || s[j] == "'" else { return nil }
        if j > index {
            let prefix = String(String.UnicodeScalarView(s[index..<j])).lowercased()
            guard Self.stringPrefixes.contains(prefix) else { return nil }
        }
        // A prefix must not be the tail of a longer name (`elif"` is not a string prefix).
        if index > 0, isIdentifierPart(s[index - 1]) { return nil }
        return j
    }

    private mutating func string(prefixEnd: Int, into out: inout [UInt8]) {
        let start = i
        let prefix = String(String.UnicodeScalarView(s[start..<prefixEnd])).lowercased()
        let quote = s[prefixEnd]
        let triple = prefixEnd + 2 < s.count && s[prefixEnd + 1] == quote && s[prefixEnd + 2] == quote
        let isFormat = prefix.contains("f")
        i = prefixEnd + (triple ? 3 : 1)
        var segmentStart = start
        while i < s.count {
            let c = s[i]
            if c == "\\" {
                i = min(i + 2, s.count)
            } else if c == quote && (!triple || (i + 2 < s.count && s[i + 1] == quote && s[i + 2] == quote)) {
                i += triple ? 3 : 1
                break
            } else if !triple && (c == "\n" || c == "\r") {
                break
            } else if isFormat && c == "{" && fieldDepth < Self.maximumFieldDepth {
                if i + 1 < s.count, s[i + 1] == "{" {
                    i += 2
                } else if let close = fieldEnd(from: i + 1, quote: quote, triple: triple) {
                    emit(segmentStart..<i, "str", &out)
                    replacementField(open: i, close: close, into: &out)
                    i = close + 1
                    segmentStart = i
                } else {
                    i += 1
                }
            } else {
                i += 1
            }
        }
        emit(segmentStart..<i, "str", &out)
    }

    /// The index of the `}` closing a replacement field whose expression starts at `from`.
    private func fieldEnd(from: Int, quote: Unicode.Scalar, triple: Bool) -> Int? {
        var depth = 0
        var j = from
        while j < s.count {
            let c = s[j]
            if c == "\n" && !triple { return nil }
            if c == quote { return nil }
            if c == "(" || c == "[" || c == "{" { depth += 1 }
            if c == ")" || c == "]" { depth -= 1 }
            if c == "}" {
                if depth == 0 { return j }
                depth -= 1
            }
            if c == "\"" || c == "'" {
                // A nested string of the other quote: skip to its end.
                var k = j + 1
                while k < s.count, s[k] != c, s[k] != "\n" { k += 1 }
                j = k
            }
            j += 1
        }
        return nil
    }

    /// `{expression!conversion:spec}` inside an f-string: braces, code, and the spec as string.
    private mutating func replacementField(open: Int, close: Int, into out: inout [UInt8]) {
        emit(open..<(open + 1), "interp", &out)
        var depth = 0
        var split = close
        var j = open + 1
        while j < close {
            let c = s[j]
            if c == "(" || c == "[" || c == "{" { depth += 1 }
            if c == ")" || c == "]" || c == "}" { depth -= 1 }
            if depth == 0 {
                if c == "!", j + 1 < close, s[j + 1] != "=" { split = j; break }
                if c == ":", !(j + 1 < close && s[j + 1] == "=") { split = j; break }
            }
            j += 1
        }
        var inner = PythonTokenizer(Array(s[(open + 1)..<split]))
        inner.atLineStart = false
        inner.fieldDepth = fieldDepth + 1
        inner.run(into: &out)
        emit(split..<close, "str", &out)
        emit(close..<(close + 1), "interp", &out)
    }

    // MARK: Output

    private mutating func emit(_ range: Range<Int>, _ kind: String?, _ out: inout [UInt8]) {
        guard !range.isEmpty else { return }
        if let kind {
            out.append(contentsOf: Self.spanOpen)
            out.append(contentsOf: kind.utf8)
            out.append(contentsOf: Self.spanOpenEnd)
        }
        for scalar in s[range] {
            switch scalar {
            case "&": out.append(contentsOf: Self.amp)
            case "<": out.append(contentsOf: Self.lt)
            case ">": out.append(contentsOf: Self.gt)
            default:
                if scalar.isASCII {
                    out.append(UInt8(truncatingIfNeeded: scalar.value))
                } else {
                    UTF8.encode(scalar) { out.append($0) }
                }
            }
            if scalar != " " && scalar != "\n" && scalar != "\t" && scalar != "\r" { previous = scalar }
        }
        if kind != nil { out.append(contentsOf: Self.spanClose) }
    }

    // MARK: Character classes

    private func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

    private func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }

    private func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        isLetter(c) || c == "_" || (c.value > 0x7F && c.properties.isXIDStart)
    }

    private func isIdentifierPart(_ c: Unicode.Scalar) -> Bool {
        isLetter(c) || isDigit(c) || c == "_" || (c.value > 0x7F && c.properties.isXIDContinue)
    }

    private static let spanOpen = Array("<span class=\"".utf8)
    private static let spanOpenEnd = Array("\">".utf8)
    private static let spanClose = Array("</span>".utf8)
    private static let amp = Array("&amp;".utf8)
    private static let lt = Array("&lt;".utf8)
    private static let gt = Array("&gt;".utf8)

    private static let operatorCharacters: Set<Unicode.Scalar> = [
        "+", "-", "*", "/", "%", "=", "<", ">", "!", "&", "|", "^", "~", "@",
    ]

    private static let stringPrefixes: Set<String> = [
        "r", "u", "b", "f", "br", "rb", "fr", "rf",
    ]

    private static let keywords: Set<String> = [
        "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
        "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    private static let builtins: Set<String> = [
        "abs", "all", "any", "bin", "bool", "bytes", "callable", "chr", "classmethod", "dict", "dir",
        "divmod", "enumerate", "filter", "float", "format", "frozenset", "getattr", "hasattr", "hash",
        "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "list", "map", "max",
        "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "range", "repr",
        "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum",
        "super", "tuple", "type", "vars", "zip",
        "Exception", "ArithmeticError", "AssertionError", "AttributeError", "IndexError", "KeyError",
        "NameError", "NotImplementedError", "RuntimeError", "StopIteration", "TypeError",
        "ValueError", "ZeroDivisionError",
    ]
}
