/// A `$…$` or `$$…$$` span of TeX found in a lesson's prose.
///
/// Math is cut out of the Markdown before cmark sees it (cmark would otherwise read `\,`,
/// `\{` or `*` inside formulas as Markdown) and replaced by a placeholder that text nodes
/// carry; the renderer swaps each placeholder for MathML.
public struct MathSpan: Sendable, Equatable {
    public var tex: String
    public var display: Bool
    public var range: SourceRange

    /// Opens a placeholder; the span's index in decimal follows, then `placeholderEnd`.
    public static let placeholderStart: Character = "\u{E000}"
    public static let placeholderEnd: Character = "\u{E001}"
    /// Keeps a line that held only part of a multi-line span non-blank, so paragraphs stay whole.
    public static let lineFiller: Character = "\u{E002}"

    public init(tex: String, display: Bool, range: SourceRange) {
        self.tex = tex
        self.display = display
        self.range = range
    }

    /// A piece of prose text: plain characters, or the math span at an index.
    public enum Piece: Equatable, Sendable {
        case plain(String)
        case math(Int)
    }

    /// Whether `text` holds any placeholder or line filler.
    public static func hasPlaceholders(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value >= 0xE000 && $0.value <= 0xE002 }
    }

    /// `text` split into plain runs and math indices (valid in `spans`), line fillers dropped.
    public static func pieces(of text: String, spans: [MathSpan]) -> [Piece] {
        var pieces: [Piece] = []
        var plain = ""
        var index: String?
        for c in text {
            if c == placeholderStart {
                if !plain.isEmpty { pieces.append(.plain(plain)) }
                plain = ""
                index = ""
            } else if c == placeholderEnd, let digits = index {
                index = nil
                if let i = Int(digits), spans.indices.contains(i) { pieces.append(.math(i)) }
            } else if c == lineFiller {
                continue
            } else if index != nil {
                index!.append(c)
            } else {
                plain.append(c)
            }
        }
        if !plain.isEmpty { pieces.append(.plain(plain)) }
        return pieces
    }

    /// `text` with each placeholder replaced by `replacement(span)` and line fillers removed.
    public static func substitute(in text: String, spans: [MathSpan], _ replacement: (MathSpan) -> String) -> String {
        guard hasPlaceholders(text) else { return text }
        return pieces(of: text, spans: spans).map { piece in
            switch piece {
            case .plain(let s): return s
            case .math(let i): return replacement(spans[i])
            }
        }.joined()
    }

    /// A node's text with its math written as TeX (for titles, ids and contents).
    public static func plainText(of node: MarkdownNode, spans: [MathSpan]) -> String {
        substitute(in: node.plainText, spans: spans) { $0.tex }
    }
}

/// Finds math spans in Markdown source and replaces them with placeholders, keeping every
/// line where it was so cmark's line numbers still point into the lesson.
///
/// Rules follow Pandoc's `tex_math_dollars`: an opening `$` is followed by a non-space, a
/// closing `$` is preceded by a non-space and not followed by a digit; `\$` is a dollar sign.
/// Fenced code blocks and inline code spans are left alone.
enum MathExtractor {
    /// `at` is where `source` starts in the file (a caption inside an option line).
    static func extract(_ source: String, file: String, at start: (line: Int, column: Int) = (1, 1)) -> (markdown: String, spans: [MathSpan]) {
        var spans: [MathSpan] = []
        var output = ""
        output.reserveCapacity(source.utf8.count)
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        var fence: (char: Character, count: Int)?
        var lineIndex = 0
        while lineIndex < lines.count {
            let line = lines[lineIndex]
            if let open = fence {
                if let close = fenceMarker(line), close.char == open.char, close.count >= open.count,
                   line.drop(while: { $0 == " " }).dropFirst(close.count).allSatisfy({ $0 == " " || $0 == "\t" }) {
                    fence = nil
                }
                output += String(line)
                output += lineIndex + 1 < lines.count ? "\n" : ""
                lineIndex += 1
                continue
            }
            if let open = fenceMarker(line) {
                fence = open
                output += String(line)
                output += lineIndex + 1 < lines.count ? "\n" : ""
                lineIndex += 1
                continue
            }
            // Scan a paragraph-like run of lines until a blank line or a fence.
            var chunkEnd = lineIndex
            while chunkEnd < lines.count,
                  !lines[chunkEnd].allSatisfy({ $0 == " " || $0 == "\t" }),
                  fenceMarker(lines[chunkEnd]) == nil {
                chunkEnd += 1
            }
            if chunkEnd == lineIndex {
                output += String(line)
                output += lineIndex + 1 < lines.count ? "\n" : ""
                lineIndex += 1
                continue
            }
            let chunk = lines[lineIndex..<chunkEnd].map { String($0) }.joined(separator: "\n")
            let firstColumn = lineIndex == 0 ? start.column : 1
            output += replace(in: chunk, firstLine: lineIndex + start.line, firstColumn: firstColumn, file: file, spans: &spans)
            output += chunkEnd < lines.count ? "\n" : ""
            lineIndex = chunkEnd
        }
        return (output, spans)
    }

    private static func fenceMarker(_ line: [Character]) -> (char: Character, count: Int)? {
        let indent = line.prefix(while: { $0 == " " }).count
        guard indent <= 3, indent < line.count else { return nil }
        let c = line[indent]
        guard c == "`" || c == "~" else { return nil }
        let count = line[indent...].prefix(while: { $0 == c }).count
        return count >= 3 ? (c, count) : nil
    }

    /// Replaces the math spans of one paragraph-like chunk of text.
    private static func replace(in chunk: String, firstLine: Int, firstColumn: Int, file: String, spans: inout [MathSpan]) -> String {
        let chars = Array(chunk)
        var out = ""
        var i = 0
        var line = firstLine
        var column = firstColumn
        func location(_ l: Int, _ c: Int) -> SourceLocation { SourceLocation(file: file, line: l, column: c) }
        func advance(_ ch: Character) {
            if ch == "\n" { line += 1; column = 1 } else { column += ch.utf8.count }
        }
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count {
                out.append(c); advance(c)
                out.append(chars[i + 1]); advance(chars[i + 1])
                i += 2
                continue
            }
            if c == "`" {
                let run = chars[i...].prefix(while: { $0 == "`" }).count
                if let close = findBacktickRun(chars, from: i + run, length: run) {
                    for k in i..<(close + run) { out.append(chars[k]); advance(chars[k]) }
                    i = close + run
                    continue
                }
                for k in i..<(i + run) { out.append(chars[k]); advance(chars[k]) }
                i += run
                continue
            }
            if c == "$" {
                let display = i + 1 < chars.count && chars[i + 1] == "$"
                let open = display ? 2 : 1
                if let close = findClosingDollar(chars, from: i + open, display: display) {
                    let tex = String(chars[(i + open)..<close])
                    let start = location(line, column)
                    var endLine = line, endColumn = column
                    for k in i..<(close + open) {
                        if chars[k] == "\n" { endLine += 1; endColumn = 1 } else { endColumn += chars[k].utf8.count }
                    }
                    spans.append(MathSpan(
                        tex: tex.trimmingWhitespace(), display: display,
                        range: SourceRange(start: start, end: location(endLine, endColumn))))
                    out.append(MathSpan.placeholderStart)
                    out += String(spans.count - 1)
                    out.append(MathSpan.placeholderEnd)
                    for k in i..<(close + open) where chars[k] == "\n" {
                        out.append("\n")
                        out.append(MathSpan.lineFiller)
                    }
                    line = endLine
                    column = endColumn
                    i = close + open
                    continue
                }
            }
            out.append(c)
            advance(c)
            i += 1
        }
        return out
    }

    private static func findBacktickRun(_ chars: [Character], from start: Int, length: Int) -> Int? {
        var i = start
        while i < chars.count {
            if chars[i] == "`" {
                let run = chars[i...].prefix(while: { $0 == "`" }).count
                if run == length { return i }
                i += run
            } else {
                i += 1
            }
        }
        return nil
    }

    private static func findClosingDollar(_ chars: [Character], from start: Int, display: Bool) -> Int? {
        guard start < chars.count else { return nil }
        if !display, chars[start] == " " || chars[start] == "\n" || chars[start] == "\t" { return nil }
        var i = start
        var depth = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\" { i += 2; continue }
            if c == "{" { depth += 1 } else if c == "}" { depth = max(0, depth - 1) }
            if c == "$", depth == 0 {
                if display {
                    if i + 1 < chars.count, chars[i + 1] == "$", i > start { return i }
                } else {
                    let before = chars[i - 1]
                    let afterIsDigit = i + 1 < chars.count && chars[i + 1].isNumber
                    if i > start, before != " ", before != "\n", before != "\t", !afterIsDigit { return i }
                    return nil
                }
            }
            i += 1
        }
        return nil
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
