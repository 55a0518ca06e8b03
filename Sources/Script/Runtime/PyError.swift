/// A Python exception raised while a script runs, with the traceback built as it unwinds.
public struct PyError: Error, @unchecked Sendable {
    /// The exception class name (`NameError`, `ValueError`, `RecursionError`…).
    public var type: String
    /// The message after `Type: `; empty prints just the type name.
    public var message: String
    /// Frames from outermost to innermost, filled in as the error leaves each frame.
    public var traceback: [TraceEntry] = []
    /// The innermost expression of the current frame that failed, for the traceback's carets.
    var pendingSpan: Span?
    var pendingAnchors: (left: Span, right: Span, isSubscript: Bool)?
    /// The exception object when the script raised or caught one (keeps `args`).
    var instance: Value?
    /// Limits (step budget, time) cannot be caught by the script's `except`.
    var isUncatchable = false
    /// `raise … from cause`: printed first, with "The above exception was the direct cause…".
    var cause: ChainedError?
    /// The exception being handled when this one was raised: printed first, with "During
    /// handling of the above exception…" (unless `suppressContext`).
    var context: ChainedError?
    /// Set by `raise … from …` (also `from None`): the context is not printed.
    var suppressContext = false
    /// Raised by a generator or `__next__` that a `for` statement was iterating: CPython
    /// shows that statement's line without carets.
    var raisedByIterator = false

    public init(_ type: String, _ message: String) {
        self.type = type
        self.message = message
    }

    /// The last line of a traceback: `NameError: name 'x' is not defined`.
    public var summary: String { message.isEmpty ? type : "\(type): \(message)" }
}

/// An exception in a chain (`__cause__`, `__context__`), with the traceback it had when caught.
final class ChainedError: @unchecked Sendable {
    let error: PyError
    init(_ error: PyError) { self.error = error }
}

/// One frame of a traceback.
public struct TraceEntry: Sendable {
    public var file: String
    /// The line in the file (the code unit's offset applied).
    public var line: Int
    /// `<module>` or the function's name.
    public var function: String
    /// The source line, as written.
    public var source: String?
    /// Columns (0-based, within the source line) of the failing expression, when known.
    var caretStart: Int?
    var caretEnd: Int?
    /// For binary operators and subscripts: where the `^` part starts and ends within the carets.
    var anchorStart: Int?
    var anchorEnd: Int?
}

extension PyError {
    /// The whole traceback as CPython 3.11 prints it, ending with a newline: the chained
    /// exceptions (cause or context) first, each with the sentence that links it.
    public var formatted: String {
        var chain: [(PyError, String)] = []
        var current = self
        var seen = 0
        while seen < 100 {
            if let c = current.cause {
                chain.append((c.error, "\nThe above exception was the direct cause of the following exception:\n\n"))
                current = c.error
            } else if let c = current.context, !current.suppressContext {
                chain.append((c.error, "\nDuring handling of the above exception, another exception occurred:\n\n"))
                current = c.error
            } else {
                break
            }
            seen += 1
        }
        var out = ""
        for (e, link) in chain.reversed() { out += (e.traceback.isEmpty ? e.summary + "\n" + e.notesText : e.ownTraceback) + link }
        return out + ownTraceback
    }

    /// This exception's own traceback, without its chain.
    var ownTraceback: String {
        var out = "Traceback (most recent call last):\n"
        var last: (String, Int, String)?
        var repeats = 0
        func flushRepeats() {
            if repeats > 0 {
                out += "  [Previous line repeated \(repeats) more time\(repeats == 1 ? "" : "s")]\n"
            }
            repeats = 0
        }
        var count = 0
        for entry in traceback {
            let key = (entry.file, entry.line, entry.function)
            if let l = last, l == key {
                count += 1
                if count > 3 { repeats += 1; continue }
            } else {
                flushRepeats()
                count = 1
            }
            last = key
            out += "  File \"\(entry.file)\", line \(entry.line), in \(entry.function)\n"
            if let source = entry.source {
                let stripped = source.drop { $0 == " " || $0 == "\t" }
                if stripped.isEmpty { continue }
                let indent = source.count - stripped.count
                let trimmed = String(stripped).trimmingTrailingWhitespace()
                out += "    \(trimmed)\n"
                if let start = entry.caretStart, let end = entry.caretEnd, end > start {
                    let hasAnchors = entry.anchorStart != nil
                    let anchorsSplit = hasAnchors && (entry.anchorEnd! - entry.anchorStart! > 0)
                    if end - start < trimmed.count || anchorsSplit {
                        var line = "    " + String(repeating: " ", count: max(0, start - indent))
                        if let a = entry.anchorStart, let b = entry.anchorEnd {
                            line += String(repeating: "~", count: max(0, a - start))
                            line += String(repeating: "^", count: max(0, b - a))
                            line += String(repeating: "~", count: max(0, end - b))
                        } else {
                            line += String(repeating: "^", count: end - start)
                        }
                        out += line + "\n"
                    }
                }
            }
        }
        flushRepeats()
        out += summary + "\n" + notesText
        return out
    }
}

extension PyError {
    /// The exception's `__notes__` (`add_note`, 3.11) as CPython prints them under its last
    /// line: each note and a newline; a `__notes__` that is not a list, as its repr.
    var notesText: String {
        guard case .object(let o as PyInstance)? = instance, let notes = o.ownAttribute("__notes__") else { return "" }
        func text(_ v: Value) -> String {
            switch v {
            case .str(let s): return s
            case .int(let i): return String(i)
            case .float(let d): return PyFormat.repr(d)
            default: return "<note str() failed>"
            }
        }
        switch notes {
        case .list(let l): return l.items.map { text($0) + "\n" }.joined()
        case .tuple(let t): return t.items.map { text($0) + "\n" }.joined()
        case .str(let s): return PyFormat.reprString(s) + "\n"
        default: return ""
        }
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var s = self
        while let c = s.last, c == " " || c == "\t" || c == "\r" { s.removeLast() }
        return s
    }
}
