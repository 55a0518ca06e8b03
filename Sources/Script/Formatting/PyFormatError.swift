/// An error raised while formatting a value, worded exactly as CPython 3.11 words it.
///
/// `kind` is the Python exception class (`ValueError` for bad format specs, `OverflowError`
/// for `format(-1, 'c')`); `message` is the text after the colon in the traceback.
public struct PyFormatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The Python exception class CPython raises.
    public enum Kind: String, Sendable {
        case valueError = "ValueError"
        case overflowError = "OverflowError"
        /// Only for fields longer than `PyFormat.maximumLength`.
        case memoryError = "MemoryError"
    }

    public let kind: Kind
    public let message: String

    /// A `ValueError` with `message`.
    public init(_ message: String) {
        self.init(.valueError, message)
    }

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// `ValueError: message` (or just `MemoryError`), as the last line of a traceback shows it.
    public var description: String { message.isEmpty ? kind.rawValue : "\(kind.rawValue): \(message)" }
}
