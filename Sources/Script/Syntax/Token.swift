/// One lexical token of the script language, with where it starts and ends.
///
/// Positions are 1-based lines and 0-based character columns within the script text, as
/// CPython's tokenizer counts them; the host adds a file's line offset when reporting.
public struct Token: Sendable, Equatable {
    /// What a token is.
    public enum Kind: Sendable, Equatable {
        case name(String)
        case int(Int)
        case float(Double)
        /// A string literal after escape processing; adjacent literals are concatenated by the parser.
        case string(String)
        /// An f-string literal's raw body (escapes unprocessed), with the position of its first body character.
        case fstring(raw: String, isRaw: Bool, bodyLine: Int, bodyColumn: Int)
        /// An operator or delimiter, spelled as in the source (`**=`, `(`, `->`).
        case op(String)
        case newline
        case indent
        case dedent
        case eof
    }

    public var kind: Kind
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int

    public init(_ kind: Kind, line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.kind = kind
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// Whether the token is the operator or delimiter `text`.
    @inline(__always) func isOp(_ text: String) -> Bool {
        if case .op(let o) = kind { return o == text }
        return false
    }

    /// Whether the token is the keyword or name `text`.
    @inline(__always) func isName(_ text: String) -> Bool {
        if case .name(let n) = kind { return n == text }
        return false
    }
}

/// Python's keywords: names that cannot be assigned to.
let pythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
]
