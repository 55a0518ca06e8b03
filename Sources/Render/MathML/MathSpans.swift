extension MathML {
    /// One `$…$` or `$$…$$` formula found in prose.
    public struct Span: Equatable, Sendable {
        /// The TeX between the dollar signs, verbatim.
        public var tex: String
        /// True for `$$…$$` (a block formula).
        public var display: Bool
        /// UTF-8 byte range of the whole span, dollar signs included.
        public var range: Range<Int>
        /// UTF-8 byte offset of the first byte of `tex`, to locate conversion errors.
        public var texOffset: Int

        public init(tex: String, display: Bool, range: Range<Int>, texOffset: Int) {
            self.tex = tex
            self.display = display
            self.range = range
            self.texOffset = texOffset
        }
    }

    /// A piece of prose: plain text or a formula.
    public enum Segment: Equatable, Sendable {
        /// Text outside math, with each `\$` turned into `$`.
        case text(String)
        case math(Span)
    }

    /// Finds the formulas in `text` by Pandoc's `tex_math_dollars` rules.
    ///
    /// `$$…$$` is display math. An inline `$` opens only when a non-space follows it, and
    /// is closed by the next unescaped `$`, and is math only when a non-space precedes that
    /// `$` and no digit follows it, so prices such as "$5 and $6" stay text. `\$` is a
    /// literal dollar, inside and outside math, and `\text{…}` may hold dollars; dollars in
    /// backtick code spans are not delimiters; no formula spans a blank line.
    public static func spans(in text: String) -> [Span] {
        let bytes = Array(text.utf8)
        var spans: [Span] = []
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\\"):
                i += 2
            case UInt8(ascii: "`"):
                i = skipCodeSpan(bytes, at: i)
            case UInt8(ascii: "$"):
                if let span = display(bytes, at: i) ?? inline(bytes, at: i) {
                    spans.append(span)
                    i = span.range.upperBound
                } else {
                    i += i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "$") ? 2 : 1
                }
            default:
                i += 1
            }
        }
        return spans
    }

    /// Splits `text` into prose and formulas, in order; see `spans(in:)` for the rules.
    public static func segments(in text: String) -> [Segment] {
        let bytes = Array(text.utf8)
        var segments: [Segment] = []
        var position = 0
        func appendText(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            var piece: [UInt8] = []
            piece.reserveCapacity(range.count)
            var j = range.lowerBound
            while j < range.upperBound {
                if bytes[j] == UInt8(ascii: "\\"), j + 1 < range.upperBound, bytes[j + 1] == UInt8(ascii: "$") {
                    j += 1
                }
                piece.append(bytes[j])
                j += 1
            }
            segments.append(.text(String(decoding: piece, as: UTF8.self)))
        }
        for span in spans(in: text) {
            appendText(position..<span.range.lowerBound)
            segments.append(.math(span))
            position = span.range.upperBound
        }
        appendText(position..<bytes.count)
        return segments
    }

    private static func display(_ bytes: [UInt8], at start: Int) -> Span? {
        guard start + 1 < bytes.count, bytes[start + 1] == UInt8(ascii: "$") else { return nil }
        var j = start + 2
        while j + 1 < bytes.count {
            if bytes[j] == UInt8(ascii: "\\") {
                j += 2
            } else if bytes[j] == UInt8(ascii: "\n"), isBlankLineAfter(bytes, newline: j) {
                return nil
            } else if bytes[j] == UInt8(ascii: "$"), bytes[j + 1] == UInt8(ascii: "$") {
                guard j > start + 2 else { return nil }
                return span(bytes, start: start, contentStart: start + 2, contentEnd: j, end: j + 2, display: true)
            } else {
                j += 1
            }
        }
        return nil
    }

    /// Pandoc's rule: the first unescaped `$` after the opening one closes the formula, and
    /// the formula is rejected when that `$` follows a space or precedes a digit.
    private static func inline(_ bytes: [UInt8], at start: Int) -> Span? {
        let first = start + 1
        guard first < bytes.count, !isSpace(bytes[first]), bytes[first] != UInt8(ascii: "$") else { return nil }
        var j = first
        while j < bytes.count {
            switch bytes[j] {
            case UInt8(ascii: "\\"):
                j = skipEscape(bytes, at: j)
            case UInt8(ascii: "$"):
                let afterIsDigit = j + 1 < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[j + 1])
                guard !isSpace(bytes[j - 1]), !afterIsDigit else { return nil }
                return span(bytes, start: start, contentStart: first, contentEnd: j, end: j + 1, display: false)
            case UInt8(ascii: "\n"):
                if isBlankLineAfter(bytes, newline: j) { return nil }
                j += 1
            default:
                j += 1
            }
        }
        return nil
    }

    /// Past a backslash escape in math: `\text{…}` with balanced braces (which may hold `$`),
    /// or the backslash and the character after it.
    private static func skipEscape(_ bytes: [UInt8], at j: Int) -> Int {
        let text = Array("\\text{".utf8)
        guard j + text.count <= bytes.count, Array(bytes[j..<(j + text.count)]) == text else { return j + 2 }
        var depth = 0
        var k = j + text.count - 1
        while k < bytes.count {
            if bytes[k] == UInt8(ascii: "{") { depth += 1 }
            if bytes[k] == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 { return k + 1 }
            }
            k += 1
        }
        return j + 2
    }

    private static func isBlankLineAfter(_ bytes: [UInt8], newline j: Int) -> Bool {
        var k = j + 1
        while k < bytes.count, bytes[k] == UInt8(ascii: " ") || bytes[k] == UInt8(ascii: "\t") || bytes[k] == UInt8(ascii: "\r") {
            k += 1
        }
        return k < bytes.count && bytes[k] == UInt8(ascii: "\n")
    }

    private static func span(_ bytes: [UInt8], start: Int, contentStart: Int, contentEnd: Int, end: Int,
                             display: Bool) -> Span {
        Span(tex: String(decoding: bytes[contentStart..<contentEnd], as: UTF8.self), display: display,
             range: start..<end, texOffset: contentStart)
    }

    /// The index past a backtick code span starting at `start`, or past its opening run
    /// when no closing run of the same length follows.
    private static func skipCodeSpan(_ bytes: [UInt8], at start: Int) -> Int {
        var runEnd = start
        while runEnd < bytes.count, bytes[runEnd] == UInt8(ascii: "`") { runEnd += 1 }
        let length = runEnd - start
        var j = runEnd
        while j < bytes.count {
            if bytes[j] == UInt8(ascii: "`") {
                var k = j
                while k < bytes.count, bytes[k] == UInt8(ascii: "`") { k += 1 }
                if k - j == length { return k }
                j = k
            } else {
                j += 1
            }
        }
        return runEnd
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
