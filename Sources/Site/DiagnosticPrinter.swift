import Notebook

/// Prints diagnostics as a compiler does: `path:line:col: error: message`, the source line
/// and a caret under the place, then the notes.
public struct DiagnosticPrinter: Sendable {
    /// Whether to use ANSI colours (only when writing to a terminal).
    public var color: Bool
    /// The text of every file a diagnostic may point into, by path.
    public var sources: [String: String]

    public init(color: Bool, sources: [String: String]) {
        self.color = color
        self.sources = sources
    }

    /// The diagnostic as the lines to print, ending in a newline.
    public func format(_ diagnostic: Diagnostic) -> String {
        var out = ""
        let place = diagnostic.range.map { "\($0.start): " } ?? ""
        let severity = diagnostic.severity.rawValue
        out += bold(place) + paint(severity + ":", for: diagnostic.severity) + " " + bold(diagnostic.message) + "\n"
        if let range = diagnostic.range, let excerpt = excerpt(range) {
            out += excerpt
        }
        for note in diagnostic.notes {
            let notePlace = note.range.map { "\($0.start): " } ?? ""
            out += bold(notePlace) + paint("note:", for: .note) + " " + note.message + "\n"
            if let range = note.range, let excerpt = excerpt(range) { out += excerpt }
        }
        return out
    }

    /// All diagnostics in order, then a count line such as `2 errors, 1 warning`.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined()
    }

    private func excerpt(_ range: SourceRange) -> String? {
        guard let text = sources[range.start.file] else { return nil }
        var lineNumber = 1
        var lineText: Substring?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if lineNumber == range.start.line { lineText = line; break }
            lineNumber += 1
        }
        guard let lineText else { return nil }
        let gutter = String(range.start.line)
        let pad = String(repeating: " ", count: gutter.count)
        let bytes = Array(lineText.utf8)
        // Columns count bytes; the caret goes under the character that starts there.
        let prefixBytes = min(max(range.start.column - 1, 0), bytes.count)
        var prefix = String(decoding: bytes[..<prefixBytes], as: UTF8.self)
        var rest = String(decoding: bytes[prefixBytes...], as: UTF8.self)
        var width = 1
        if range.end.line == range.start.line, range.end.column > range.start.column {
            let endBytes = min(range.end.column - 1, bytes.count)
            width = max(1, String(decoding: bytes[prefixBytes..<max(endBytes, prefixBytes)], as: UTF8.self).count)
        }
        // A long line is shown as a window around the place, so output stays readable.
        if prefix.count > Self.context {
            prefix = "…" + prefix.suffix(Self.context)
        }
        if rest.count > Self.context + width {
            rest = rest.prefix(Self.context + width) + "…"
        }
        let indent = String(prefix.map { $0 == "\t" ? "\t" : " " })
        let marker = "^" + String(repeating: "~", count: min(width, Self.context) - 1)
        return " \(pad) |\n \(gutter) | \(prefix)\(rest)\n \(pad) | \(indent)\(paint(marker, for: .error, plain: true))\n"
    }

    /// Characters shown on each side of the place in a long source line.
    static let context = 60

    private func bold(_ s: String) -> String {
        guard color, !s.isEmpty else { return s }
        return "\u{1B}[1m\(s)\u{1B}[0m"
    }

    private func paint(_ s: String, for severity: Diagnostic.Severity, plain: Bool = false) -> String {
        guard color else { return s }
        let code: String
        switch severity {
        case .error: code = "31"
        case .warning: code = "35"
        case .note: code = "36"
        }
        return "\u{1B}[1;\(code)m\(s)\u{1B}[0m"
    }

    /// `3 errors, 1 warning` (empty when there are none).
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        var parts: [String] = []
        if errors > 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s")") }
        if warnings > 0 { parts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
        return parts.joined(separator: ", ")
    }
}
