/// A syntax error in a script, worded as CPython 3.11 words it.
///
/// `line` is 1-based within the script; `column` is 1-based (CPython's `offset`), pointing at
/// the character the caret goes under. `kind` is `SyntaxError` or `IndentationError`.
public struct ScriptSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public var kind: String
    public var message: String
    public var line: Int
    public var column: Int

    public init(_ message: String, line: Int, column: Int, kind: String = "SyntaxError") {
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String { "\(kind): \(message) (line \(line), column \(column))" }
}
