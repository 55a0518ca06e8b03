/// Reads a pattern (or a `sub` template) one item at a time, as CPython's
/// `re._parser.Tokenizer` does: an item is one character, or a backslash with the character
/// after it. Positions count code points, as Python's string indices do.
struct RegexTokenizer {
    let chars: [Unicode.Scalar]
    private(set) var index = 0
    /// The item at the reading position; nil at the end.
    private(set) var next: String?

    init(_ pattern: String) throws {
        chars = Array(pattern.unicodeScalars)
        try advance()
    }

    private mutating func advance() throws {
        var i = index
        guard i < chars.count else { next = nil; return }
        var item = String(chars[i])
        if chars[i] == "\\" {
            i += 1
            guard i < chars.count else {
                throw RegexSyntaxError(message: "bad escape (end of pattern)", position: chars.count - 1)
            }
            item.unicodeScalars.append(chars[i])
        }
        index = i + 1
        next = item
    }

    /// Takes the next item when it is `item`.
    mutating func match(_ item: String) throws -> Bool {
        if next == item { try advance(); return true }
        return false
    }

    /// Takes the next item (nil at the end).
    mutating func get() throws -> String? {
        let this = next
        try advance()
        return this
    }

    /// Takes up to `n` items while they are single characters of `allowed`.
    mutating func getWhile(_ n: Int, _ allowed: (Unicode.Scalar) -> Bool) throws -> String {
        var result = ""
        for _ in 0..<n {
            guard let c = next, c.unicodeScalars.count == 1, allowed(c.unicodeScalars.first!) else { break }
            result += c
            try advance()
        }
        return result
    }

    /// Takes items up to `terminator` (a group name), with CPython's errors when it is
    /// missing or the name is empty.
    mutating func getUntil(_ terminator: String, _ name: String) throws -> String {
        var result = ""
        while true {
            let c = next
            try advance()
            guard let c else {
                if result.isEmpty { throw error("missing " + name) }
                throw error("missing \(terminator), unterminated name", result.unicodeScalars.count)
            }
            if c == terminator {
                if result.isEmpty { throw error("missing " + name, 1) }
                break
            }
            result += c
        }
        return result
    }

    /// The position of the next item.
    var tell: Int { index - (next?.unicodeScalars.count ?? 0) }

    mutating func seek(_ i: Int) throws {
        index = i
        try advance()
    }

    /// A syntax error `offset` code points before the reading position.
    func error(_ message: String, _ offset: Int = 0) -> RegexSyntaxError {
        RegexSyntaxError(message: message, position: tell - offset)
    }

    /// CPython's check of a group name: it must be an identifier.
    func checkGroupName(_ name: String, _ offset: Int) throws {
        if !RegexTokenizer.isIdentifier(name) {
            throw error("bad character in group name \(RegexTokenizer.quote(name))", name.unicodeScalars.count + offset)
        }
    }

    /// `str.isidentifier()` for group names (letters, digits and `_`, not starting with a digit).
    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first else { return false }
        if first.properties.numericType != nil && !first.properties.isAlphabetic { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue } &&
            (first == "_" || first.properties.isXIDStart)
    }

    /// Python's `repr` of a short string, as `%r` in the parser's messages.
    static func quote(_ s: String) -> String { PyFormat.reprString(s) }
}
