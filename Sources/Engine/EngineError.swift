/// An error raised by the engine, carrying the Python exception kind and PyTorch's message.
///
/// The script language turns it into a Python exception of the same kind; `description`
/// reads like Python's traceback line (`RuntimeError: ...`).
public struct EngineError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The Python exception class PyTorch raises for this failure.
    public enum Kind: String, Sendable {
        case valueError = "ValueError"
        case typeError = "TypeError"
        case runtimeError = "RuntimeError"
        case indexError = "IndexError"
        case keyError = "KeyError"
        case notImplementedError = "NotImplementedError"
        case attributeError = "AttributeError"
        case zeroDivisionError = "ZeroDivisionError"
    }

    /// Exception kind, e.g. `.runtimeError`.
    public let kind: Kind
    /// Exact message PyTorch gives (without the kind prefix).
    public let message: String

    /// An error of `kind` with PyTorch's exact `message`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "\(kind.rawValue): \(message)" }

    static func runtime(_ message: String) -> EngineError { EngineError(.runtimeError, message) }
    static func value(_ message: String) -> EngineError { EngineError(.valueError, message) }
    static func type(_ message: String) -> EngineError { EngineError(.typeError, message) }
    static func index(_ message: String) -> EngineError { EngineError(.indexError, message) }
}
