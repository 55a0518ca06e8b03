/// A problem found in a lesson or course, at any stage of the pipeline.
///
/// Every stage (parsing, evaluation, rendering, building) reports problems with this one
/// type, so the command-line tool prints them all the same way, like a compiler.
/// Recoverable problems are collected into a list rather than thrown, so a single run
/// reports every problem in every lesson.
public struct Diagnostic: Hashable, Sendable, Codable, Error, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        case note, warning, error

        public static func < (a: Severity, b: Severity) -> Bool {
            let order: [Severity] = [.note, .warning, .error]
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
    }

    /// A secondary message attached to a diagnostic, optionally at its own place.
    public struct Note: Hashable, Sendable, Codable {
        public var message: String
        public var range: SourceRange?

        public init(_ message: String, at range: SourceRange? = nil) {
            self.message = message
            self.range = range
        }
    }

    public var severity: Severity
    public var message: String
    /// Where the problem is; `nil` for problems with no place (a missing folder).
    public var range: SourceRange?
    public var notes: [Note]

    public init(_ severity: Severity, _ message: String, at range: SourceRange?, notes: [Note] = []) {
        self.severity = severity
        self.message = message
        self.range = range
        self.notes = notes
    }

    public static func error(_ message: String, at range: SourceRange?, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, message, at: range, notes: notes)
    }

    public static func warning(_ message: String, at range: SourceRange?, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: range, notes: notes)
    }

    public static func note(_ message: String, at range: SourceRange?, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.note, message, at: range, notes: notes)
    }

    /// `path:line:col: error: message`, the first line a compiler prints.
    public var description: String {
        let place = range.map { "\($0.start): " } ?? ""
        return "\(place)\(severity.rawValue): \(message)"
    }
}

/// Collects diagnostics during a stage, so one run reports every problem.
public struct DiagnosticBag: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
    public mutating func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }

    /// Whether any collected diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
