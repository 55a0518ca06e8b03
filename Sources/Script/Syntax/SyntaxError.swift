/// A syntax error in a script, worded as CPython 3.11 words it.
///
/// `line` is 1-based within the script; `column` is 1-based (CPython's `offset`), pointing at
/// the character the caret goes under. `kind` is `SyntaxError` or `IndentationError`.
public struct ScriptSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public var kind: String
    public var message: String
    public var line: Int
    public var column: Int
    /// Where the offending construct ends (CPython's `end_lineno`, 1-based `end_offset`, past
    /// its last character), when the error covers a range: the traceback underlines it.
    public var endLine: Int?
    public var endColumn: Int?

    public init(_ message: String, line: Int, column: Int, kind: String = "SyntaxError") {
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
    }

    /// An error covering `span` (0-based columns), as CPython's symbol table and compiler
    /// report them: the caret row underlines the whole construct.
    init(_ message: String, span: Span) {
        self.init(message, line: span.line, column: span.column + 1)
        endLine = span.endLine
        endColumn = span.endColumn + 1
    }

    public var description: String { "\(kind): \(message) (line \(line), column \(column))" }
}
