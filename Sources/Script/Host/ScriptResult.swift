import Notebook

/// An exception that ended a script run.
public struct ScriptError: Error, Equatable, Sendable {
    /// The Python exception class (`NameError`, `SyntaxError`, …).
    public var type: String
    /// The text after `Type: ` on the traceback's last line.
    public var message: String
    /// The whole traceback text as CPython prints it to stderr, ending with a newline.
    public var traceback: String
    /// Where the error happened: the innermost frame's file, line (offset applied) and 1-based column.
    public var location: SourceLocation?

    /// The exit status a `SystemExit` (`sys.exit(…)`) asked for; nil for other exceptions
    /// (a run they end exits with 1). Its `traceback` is then what CPython writes: nothing
    /// for an int or None, else the code's `str` and a newline.
    public var exitStatus: Int32? = nil

    /// The last line of the traceback: `NameError: name 'x' is not defined`.
    public var summary: String { message.isEmpty ? type : "\(type): \(message)" }
}

/// What one run of a script produced.
public struct ScriptResult: Equatable, Sendable {
    /// Everything the script printed.
    public var stdout: String
    /// Everything it wrote to standard error, in order, as CPython would: "Exception ignored
    /// in: …" reports of generators closed when dropped, and the traceback when it raised
    /// (the same text as `error.traceback`).
    public var stderr = ""
    /// What it wrote to standard error before the traceback: warnings and "Exception ignored"
    /// reports, in order (`stderr` without the traceback of the exception that stopped it).
    /// Lesson pages show it as a notebook shows a cell's stderr stream.
    public var reports = ""
    /// The exception that stopped it, if any.
    public var error: ScriptError?
    /// The `descent(...)` calls it made, in order (each was also given to the session's handler).
    public var descentCalls: [DescentCall]
    /// The matplotlib figures shown (`plt.show()`, and in lessons those still open at the
    /// end), in order.
    public var figures: [ShownFigure] = []
    /// The calls of real clocks (`time.time()`, `time.perf_counter()`…) it made, where they
    /// are written: their values differ from run to run, so a page printing them is not reproducible.
    public var clockReads: [ClockRead] = []
    /// The warnings the run issued (torch's `UserWarning`s), as CPython writes them to stderr:
    /// `file:line: UserWarning: message`, then the stripped source line; each once per place.
    public var warnings: String = ""

    /// Whether the script ran to the end.
    public var succeeded: Bool { error == nil }

    /// The status `python FILE.py` exits with: 0 when the script ran to the end, the
    /// status `sys.exit` asked for, or 1 when an exception stopped it.
    public var exitStatus: Int32 {
        guard let error else { return 0 }
        return error.exitStatus ?? 1
    }
}

/// Limits that stop runaway scripts.
public struct ScriptLimits: Sendable {
    /// Maximum statements plus loop iterations in one run.
    public var stepBudget: Int
    /// Maximum wall-clock seconds of one run.
    public var timeLimit: Double
    /// Maximum nesting of Python calls (CPython's default recursion limit).
    public var recursionLimit: Int

    public init(stepBudget: Int = 100_000_000, timeLimit: Double = 10, recursionLimit: Int = 1000) {
        self.stepBudget = stepBudget
        self.timeLimit = timeLimit
        self.recursionLimit = recursionLimit
    }

    /// The defaults: an endless loop stops within 10 seconds; no real lesson comes near them.
    public static let standard = ScriptLimits()
}

extension ScriptSyntaxError {
    /// The traceback CPython prints for a syntax error in `file`.
    func traceback(file: String, lineOffset: Int, source: String) -> String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var out = "  File \"\(file)\", line \(line + lineOffset)\n"
        if line >= 1 && line <= lines.count {
            let text = String(lines[line - 1]).trimmingTrailingWhitespace()
            let stripped = text.drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
            let indent = text.count - stripped.count
            if !stripped.isEmpty {
                out += "    \(stripped)\n"
                let caret = max(0, min(column - 1 - indent, stripped.count))
                // As CPython: from `offset` to `end_offset` (the end of the line when the
                // construct goes on below it), at least one caret.
                var width = 1
                if let endLine, let endColumn {
                    let end = endLine > line ? text.count + 1 : endColumn
                    width = max(1, end - column)
                }
                out += "    " + String(repeating: " ", count: caret) + String(repeating: "^", count: width) + "\n"
            }
        }
        return out + "\(kind): \(message)\n"
    }
}
