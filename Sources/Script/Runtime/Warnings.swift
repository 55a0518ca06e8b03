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
    /// with `once`, only the first time anywhere (torch's `TORCH_WARN_ONCE`). `warnings`
    /// filters apply (an "error" filter is ignored here: library warnings never raise).
    func warn(_ category: String, _ message: String, at site: WarningSite? = nil, once: Bool = false) {
        guard let cls = Interpreter.exceptionClasses[category] else { return }
        try? issueWarning(cls, message, at: site, once: once, mayRaise: false)
    }

    /// The place `warnings.warn(…, stacklevel: level)` points to: the running line for 1 (or
    /// less), the line that called the running frame for 2, and so on; past the outermost
    /// frame, CPython's `sys:1` (no source line).
    func warningSite(stacklevel level: Int) -> WarningSite? {
        guard level > 1 else { return currentWarningSite }
        let index = callerSites.count - (level - 1)
        guard index >= 0, let code = callerCode(index) else { return WarningSite(file: "sys", line: 1, source: "") }
        let line = callerSites[index].line
        return WarningSite(file: code.file, line: line + code.lineOffset, source: code.sourceLine(line) ?? "")
    }

    /// The key torch's once-only warnings are remembered by (filter changes keep them).
    static let torchOnceKey = "\u{1}once\u{0}"

    /// `warnings.warn`: applies the filters (the first that matches decides; none is
    /// "default") and shows the warning, or raises it for "error".
    func issueWarning(_ category: PyClass, _ message: String, instance: Value? = nil, at site: WarningSite? = nil,
                      once: Bool = false, mayRaise: Bool = true) throws {
        guard let site = site ?? currentWarningSite else { return }
        let module = Self.warningModule(of: site.file, main: currentCode?.file)
        let action = warningFilters.first { $0.matches(text: message, category: category, module: module, line: site.line) }?.action ?? "default"
        switch action {
        case "ignore": return
        case "error":
            guard mayRaise else { break }
            var e = PyError(category.name, message)
            e.instance = instance ?? .object(PyExceptionObject(cls: category, args: [.str(message)]))
            throw e
        default: break
        }
        let key: String?
        if once {
            key = "\(Self.torchOnceKey)\(category.name)\u{0}\(message)"
        } else {
            switch action {
            case "always": key = nil
            case "once": key = "once\u{0}\(category.name)\u{0}\(message)"
            case "module": key = "module\u{0}\(site.file)\u{0}\(category.name)\u{0}\(message)"
            default: key = "\(site.file)\u{0}\(site.line)\u{0}\(category.name)\u{0}\(message)"
            }
        }
        if let key, !warningRegistry.insert(key).inserted { return }
        if let records = warningRecords {
            let message = instance ?? .object(PyExceptionObject(cls: category, args: [.str(message)]))
            records.items.append(.object(WarningMessageObject(message: message, category: category, filename: site.file, lineno: site.line)))
            return
        }
        var shown = "\(site.file):\(site.line): \(category.name): \(message)\n"
        let text = site.source.trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty { shown += "  \(text)\n" }
        warningOutput += shown
        writeError(shown)
    }

    /// The module a warning's file belongs to, as filters see it: `__main__` for the script,
    /// the dotted name for torch's files.
    static func warningModule(of file: String, main: String?) -> String {
        if file == "sys" { return "sys" }
        let prefix = "/opt/torchenv/lib/python3.11/site-packages/"
        guard file != main, file.hasPrefix(prefix) || file.hasPrefix("torch/") else { return "__main__" }
        var path = file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
        if path.hasSuffix(".py") { path.removeLast(3) }
        if path.hasSuffix("/__init__") { path.removeLast(9) }
        return path.replacingOccurrences(of: "/", with: ".")
    }
}
