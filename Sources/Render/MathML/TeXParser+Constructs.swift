extension TeXParser {
    // MARK: Constructs

    /// `\left( … \middle| … \right)`: a row whose outer delimiters stretch over its content.
    mutating func parseFenced(after left: Token) throws -> MathNode {
        var items: [MathNode] = []
        if let open = try parseDelimiter(after: left) { items.append(.op(open, [Self.stretchy])) }
        while true {
            items += try parseList()
            let token = peek()
            switch token.kind {
            case .command("middle"):
                take()
                if let middle = try parseDelimiter(after: token) { items.append(.op(middle, [Self.stretchy])) }
            case .command("right"):
                take()
                if let close = try parseDelimiter(after: token) { items.append(.op(close, [Self.stretchy])) }
                return .row(items)
            case .eof:
                throw error("\\left without a matching \\right", at: left)
            default:
                throw error("expected \\right before \(describe(token))", at: token)
            }
        }
    }

    /// The delimiter after `\left`, `\right`, `\middle` or `\big`; nil for the empty delimiter `.`.
    mutating func parseDelimiter(after owner: Token) throws -> String? {
        let token = take()
        switch token.kind {
        case .char("."): return nil
        case .char("<"): return "⟨"
        case .char(">"): return "⟩"
        case let .char(c) where "()[]|/".unicodeScalars.contains(c): return String(c)
        case let .command(name) where Self.fenceNames.contains(name) || Self.arrowDelimiters.contains(name):
            return TeXSymbols.operators[name]
        case .command("backslash"): return "\\"
        default:
            if token.kind == .eof { throw error("missing delimiter after \(describe(owner))", at: owner) }
            throw error("\(describe(token)) is not a delimiter (after \(describe(owner)))", at: token)
        }
    }

    /// `\text{…}`: upright text with spaces kept, and `$…$` inside it as math.
    mutating func parseText(after command: Token, command name: String) throws -> MathNode {
        skipSpace()
        guard index < scalars.count, scalars[index] == "{" else {
            throw error("\\\(name) needs its text in braces, as in \\\(name){if }", at: peek())
        }
        let open = take()
        let textAlphabet: MathAlphabet? = name == "textbf" ? .bold : name == "textit" ? .italic
            : name == "textsf" ? .sansSerif : name == "texttt" ? .monospace : nil
        var parts: [MathNode] = []
        var buffer = ""
        var depth = 0
        func flush() {
            if !buffer.isEmpty { parts.append(.text(buffer)) }
            buffer = ""
        }
        while true {
            guard index < scalars.count else { throw error("missing } for \\\(name){", at: open) }
            let c = scalars[index]
            let start = index
            index += 1
            switch c {
            case "{":
                depth += 1
            case "}":
                if depth == 0 {
                    flush()
                    return parts.count == 1 ? parts[0] : .row(parts)
                }
                depth -= 1
            case "~":
                buffer += "\u{A0}"
            case "$":
                flush()
                textMathDepth += 1
                let items = try parseList()
                textMathDepth -= 1
                guard take().kind == .char("$") else {
                    throw error("missing $ to close the math started here", at: Token(kind: .char("$"), start: start, end: start + 1))
                }
                parts += items
            case "\\":
                guard index < scalars.count else { throw error("missing } for \\\(name){", at: open) }
                let next = scalars[index]
                if "{}$%&#_ ".unicodeScalars.contains(next) {
                    buffer += next == " " ? "\u{A0}" : String(next)
                    index += 1
                } else if next == "," {
                    buffer += "\u{2009}"
                    index += 1
                } else {
                    var word = ""
                    while index < scalars.count, isLetter(scalars[index]) {
                        word.unicodeScalars.append(scalars[index])
                        index += 1
                    }
                    if word.isEmpty {
                        word = String(next)
                        index += 1
                    }
                    throw MathML.Error(message: "unknown command \\\(word) in \\\(name){…}",
                                       offset: offsets[start], unknownCommand: word)
                }
            default:
                if c.properties.isWhitespace {
                    if !buffer.hasSuffix("\u{A0}") || buffer.isEmpty { buffer += "\u{A0}" }
                    while index < scalars.count, scalars[index].properties.isWhitespace,
                          scalars[index] != "\u{A0}" { index += 1 }
                } else {
                    buffer.unicodeScalars.append(textAlphabet?.map(c) ?? c)
                }
            }
        }
    }

    /// `\begin{name} … \end{name}`: a table of cells separated by `&` and `\\`.
    mutating func parseEnvironment(after begin: Token) throws -> MathNode {
        let (name, nameToken) = try readRawGroup(after: begin)
        guard TeXSymbols.environments.contains(name) else {
            throw error("unknown environment \(name)", at: nameToken)
        }
        var columnSpec: [String] = []
        if name == "array" {
            let (spec, _) = try readRawGroup(after: begin)
            for c in spec.unicodeScalars {
                switch c {
                case "l": columnSpec.append("left")
                case "r": columnSpec.append("right")
                case "c": columnSpec.append("center")
                default: break
                }
            }
        } else if name == "alignedat" {
            _ = try readRawGroup(after: begin)
        }
        let equationLike = ["aligned", "align", "align*", "alignedat", "split"].contains(name)
        var rows: [[MathNode]] = []
        var cells: [MathNode] = []
        while true {
            var items = try parseList()
            if equationLike, cells.count % 2 == 1 {
                // An empty identifier before `= b` makes the relation infix, spaced as in TeX.
                items.insert(.identifier(""), at: 0)
            }
            cells.append(.row(items))
            let token = take()
            switch token.kind {
            case .char("&"):
                continue
            case .command("\\"), .command("cr"):
                skipOptionalDimension()
                rows.append(cells)
                cells = []
            case .command("end"):
                let (endName, endToken) = try readRawGroup(after: token)
                guard endName == name else {
                    throw error("\\begin{\(name)} ended by \\end{\(endName)}", at: endToken)
                }
                if !(cells.count == 1 && cells[0] == .row([])) || rows.isEmpty { rows.append(cells) }
                return buildEnvironment(name, rows: rows, columnSpec: columnSpec)
            case .eof:
                throw error("\\begin{\(name)} without a matching \\end{\(name)}", at: begin)
            default:
                throw error("expected \\end{\(name)} before \(describe(token))", at: token)
            }
        }
    }

    func buildEnvironment(_ name: String, rows: [[MathNode]], columnSpec: [String]) -> MathNode {
        let columns = rows.map(\.count).max() ?? 0
        func table(_ align: (Int) -> String, padding: (Int) -> String, display: Bool) -> MathNode {
            let cells = rows.map { row in
                (0..<columns).map { column in
                    MathNode.Cell(content: column < row.count ? row[column] : .row([]),
                                  style: Self.alignment(align(column)) + "padding:\(padding(column))")
                }
            }
            return .table(rows: cells, attributes: display ? [.init(name: "displaystyle", value: "true")] : [])
        }
        func fenced(_ open: String, _ close: String, _ body: MathNode) -> MathNode {
            .row([.op(open, [Self.stretchy]), body, .op(close, [Self.stretchy])])
        }
        let matrix = table({ _ in "center" }, padding: { _ in "0.2em 0.5em" }, display: false)
        switch name {
        case "aligned", "align", "align*", "alignedat", "split":
            return table({ $0 % 2 == 0 ? "right" : "left" },
                         padding: { $0 % 2 == 0 && $0 > 0 ? "0.25em 0 0.25em 2em" : "0.25em 0" },
                         display: true)
        case "gathered", "gather", "gather*", "equation", "equation*":
            if rows.count == 1, columns == 1 { return rows[0][0] }
            return table({ _ in "center" }, padding: { _ in "0.25em 0" }, display: true)
        case "cases":
            let body = table({ _ in "left" }, padding: { $0 == 0 ? "0.2em 1em 0.2em 0" : "0.2em 0" },
                             display: false)
            return .row([.op("{", [Self.stretchy]), body])
        case "pmatrix": return fenced("(", ")", matrix)
        case "bmatrix": return fenced("[", "]", matrix)
        case "Bmatrix": return fenced("{", "}", matrix)
        case "vmatrix": return fenced("|", "|", matrix)
        case "Vmatrix": return fenced("‖", "‖", matrix)
        case "array":
            return table({ $0 < columnSpec.count ? columnSpec[$0] : "center" },
                         padding: { _ in "0.2em 0.5em" }, display: false)
        default:
            return matrix
        }
    }
}
