import Foundation

/// Python's `warnings.warn` as library code (torch) issues it, printed as CPython's default
/// `showwarning` prints it.
extension Interpreter {
    /// A place a warning is attributed to: a file, its 1-based line, and that line's text.
    struct WarningSite {
        let file: String
        let line: Int
        let source: String
    }

    /// The script line being executed, where `warnings.warn(…, stacklevel=2)` in a library
    /// function the script calls directly points.
    var currentWarningSite: WarningSite? {
        guard let code = currentCode else { return nil }
        return WarningSite(file: code.file, line: currentLine + code.lineOffset, source: code.sourceLine(currentLine) ?? "")
    }

    /// Shows `message` as a warning of `category` at `site` (the current script line by
    /// default): `file:line: Category: message`, then the source line stripped and indented by
    /// two spaces. Like Python's default filter, each text is shown once per file and line;
    /// with `once`, only the first time anywhere (torch's `TORCH_WARN_ONCE`).
    func warn(_ category: String, _ message: String, at site: WarningSite? = nil, once: Bool = false) {
        guard let site = site ?? currentWarningSite else { return }
        let key = once ? "\(category)\u{0}\(message)" : "\(site.file)\u{0}\(site.line)\u{0}\(category)\u{0}\(message)"
        guard warningRegistry.insert(key).inserted else { return }
        var shown = "\(site.file):\(site.line): \(category): \(message)\n"
        let text = site.source.trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty { shown += "  \(text)\n" }
        warningOutput += shown
        errorOutput += shown
    }
}
