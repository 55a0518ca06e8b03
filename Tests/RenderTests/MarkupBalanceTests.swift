import Testing

/// Whether every element in `markup` is closed in order: a small checker for generated HTML,
/// MathML and SVG (void HTML elements and `/>` need no end tag; comments and doctype are skipped).
func isBalanced(_ markup: String) -> Bool {
    let void: Set<String> = ["meta", "link", "br", "hr", "img", "input", "wbr", "source", "col", "area", "base"]
    var stack: [String] = []
    // Scalars, not characters: a combining mark after `>` must not hide the bracket.
    var rest = Substring(markup).unicodeScalars[...]
    while let open = rest.firstIndex(of: "<") {
        rest = rest[rest.index(after: open)...]
        if rest.starts(with: "!--".unicodeScalars) {
            guard let end = String(rest).firstRange(of: "-->") else { return false }
            let text = String(rest)
            rest = Substring(text[end.upperBound...]).unicodeScalars[...]
            continue
        }
        guard let close = rest.firstIndex(of: ">") else { return false }
        let tag = String(String.UnicodeScalarView(rest[..<close]))
        rest = rest[rest.index(after: close)...]
        if tag.hasPrefix("!") { continue }
        if tag.hasPrefix("/") {
            let name = tag.dropFirst().lowercased()
            guard stack.popLast() == name else { return false }
            continue
        }
        let name = String(tag.prefix { !$0.isWhitespace && $0 != "/" }).lowercased()
        if name.isEmpty { return false }
        if tag.hasSuffix("/") || void.contains(name) { continue }
        stack.append(name)
    }
    return stack.isEmpty
}

@Suite struct MarkupBalanceTests {
    @Test func checkerAcceptsAndRejects() {
        #expect(isBalanced("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><p>a<br>b</p><svg><path d=\"M0 0\"/></svg></body></html>"))
        #expect(!isBalanced("<p><b>x</p></b>"))
        #expect(!isBalanced("<div>"))
        #expect(!isBalanced("</div>"))
    }
}
