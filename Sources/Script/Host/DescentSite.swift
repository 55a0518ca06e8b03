import Notebook

/// A `descent(...)` call expression as written, to place its options in the file.
///
/// The interpreter records it when a script calls `descent` directly; columns are turned
/// from the parser's character offsets into the UTF-8 columns of `SourceLocation`, and
/// lines are offset into the file as tracebacks are.
struct DescentSite {
    var call: Expr
    var arguments: [Argument]
    var code: CodeUnit

    /// The whole call, from `descent` to the closing parenthesis.
    var range: SourceRange { range(call.span) }

    /// The place of each option in `names`: a keyword argument's own, or for one passed
    /// in a `**mapping`, that mapping's entry when it is a dict display, else the mapping.
    func places(for names: [String]) -> [String: OptionPlace.Entry] {
        var places: [String: OptionPlace.Entry] = [:]
        var mappings: [Expr] = []
        for argument in arguments {
            switch argument {
            case .keyword(let name, let value, let nameSpan):
                places[name] = OptionPlace.Entry(key: range(nameSpan), value: place(value))
            case .doubleStar(let mapping):
                mappings.append(mapping)
            case .positional, .star:
                break
            }
        }
        // Dict displays with literal keys say which options they hold; any other mapping
        // may hold any, so an option not in a display is placed only when one such remains.
        let displays = mappings.filter(Self.keysAreKnown).map(place)
        let others = mappings.filter { !Self.keysAreKnown($0) }
        for name in names where places[name] == nil {
            if let entry = displays.last(where: { $0.entries[name] != nil })?.entries[name] {
                places[name] = entry
            } else if others.count == 1 {
                let whole = range(others[0].span)
                places[name] = OptionPlace.Entry(key: whole, value: OptionPlace(range: whole))
            }
        }
        return places
    }

    /// Whether `expr` is a dict display whose keys are all string literals.
    static func keysAreKnown(_ expr: Expr) -> Bool {
        guard case .dict(let pairs) = expr.kind else { return false }
        return pairs.allSatisfy { key, _ in
            if let key, case .literal(.string) = key.kind { return true } else { return false }
        }
    }

    /// Where a value expression is written, with its items and entries when it is a display.
    func place(_ expr: Expr) -> OptionPlace {
        var place = OptionPlace(range: range(expr.span), text: textRange(expr))
        switch expr.kind {
        case .list(let items), .tuple(let items):
            let starred = items.contains { if case .starred = $0.kind { return true } else { return false } }
            if !starred { place.items = items.map(self.place) }
        case .dict(let pairs):
            for (key, value) in pairs {
                guard let key, case .literal(.string(let name)) = key.kind else { continue }
                place.entries[name] = OptionPlace.Entry(key: range(key.span), value: self.place(value))
            }
        default:
            break
        }
        return place
    }

    /// The text between the quotes of a string literal whose source is exactly its value.
    func textRange(_ expr: Expr) -> SourceRange? {
        guard case .literal(.string(let value)) = expr.kind, expr.span.line == expr.span.endLine,
              let line = code.sourceLine(expr.span.line) else { return nil }
        let scalars = Array(line.unicodeScalars)
        guard expr.span.column >= 0, expr.span.column < expr.span.endColumn, expr.span.endColumn <= scalars.count else { return nil }
        var written = scalars[expr.span.column..<expr.span.endColumn]
        var start = expr.span.column
        while let first = written.first, "rRuU".unicodeScalars.contains(first) {
            written.removeFirst()
            start += 1
        }
        for quote in ["\"\"\"", "'''", "\"", "'"] {
            let q = Array(quote.unicodeScalars)
            guard written.count >= 2 * q.count, written.prefix(q.count).elementsEqual(q), written.suffix(q.count).elementsEqual(q) else { continue }
            let inner = written.dropFirst(q.count).dropLast(q.count)
            guard inner.elementsEqual(value.unicodeScalars) else { return nil }
            return range(Span(line: expr.span.line, column: start + q.count, endLine: expr.span.line, endColumn: expr.span.endColumn - q.count))
        }
        return nil
    }

    /// A script span as a range in the file.
    func range(_ span: Span) -> SourceRange {
        SourceRange(start: location(span.line, span.column), end: location(span.endLine, span.endColumn))
    }

    private func location(_ line: Int, _ column: Int) -> SourceLocation {
        let text = code.sourceLine(line) ?? ""
        return SourceLocation(file: code.file, line: line + code.lineOffset, column: text.utf8Column(scalarOffset: column))
    }
}
