import Notebook

/// Writes CommonMark nodes as HTML, with math turned into MathML, Python code highlighted
/// and headings given anchors.
public struct MarkdownHTML {
    /// The lesson's math spans, indexed by their placeholders in text nodes.
    public var math: [MathSpan]
    /// Collected headings, in order, for the table of contents.
    public private(set) var headings: [Heading] = []
    /// Problems found while writing (bad TeX), located in the lesson.
    public private(set) var diagnostics: [Diagnostic] = []
    var ids: IDAllocator

    public init(math: [MathSpan], ids: IDAllocator = IDAllocator()) {
        self.math = math
        self.ids = ids
    }

    /// The HTML of one block-level node.
    public mutating func html(_ node: MarkdownNode) -> String {
        var out = ""
        write(node, into: &out, tight: false)
        return out
    }

    /// The HTML of a node's inline content only (for captions and titles).
    public mutating func inlineHTML(_ node: MarkdownNode) -> String {
        var out = ""
        if case .document = node.kind, node.children.count == 1, case .paragraph = node.children[0].kind {
            for child in node.children[0].children { write(child, into: &out, tight: true) }
        } else {
            write(node, into: &out, tight: true)
        }
        return out
    }

    /// The page's id allocator, to continue allocating ids after the prose.
    public var idAllocator: IDAllocator {
        get { ids }
        set { ids = newValue }
    }

    private mutating func writeChildren(_ node: MarkdownNode, into out: inout String, tight: Bool) {
        for child in node.children { write(child, into: &out, tight: tight) }
    }

    private mutating func write(_ node: MarkdownNode, into out: inout String, tight: Bool) {
        switch node.kind {
        case .document:
            writeChildren(node, into: &out, tight: false)
        case .blockQuote:
            out += "<blockquote>\n"
            writeChildren(node, into: &out, tight: false)
            out += "</blockquote>\n"
        case .list(let ordered, let start, let isTight):
            if ordered {
                out += start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
            } else {
                out += "<ul>\n"
            }
            for item in node.children {
                out += "<li>"
                let blocks = item.children
                for (i, child) in blocks.enumerated() {
                    if isTight, case .paragraph = child.kind {
                        writeChildren(child, into: &out, tight: true)
                        if i + 1 < blocks.count { out += "\n" }
                    } else {
                        if i == 0 { out += "\n" }
                        write(child, into: &out, tight: isTight)
                    }
                }
                out += "</li>\n"
            }
            out += ordered ? "</ol>\n" : "</ul>\n"
        case .item:
            out += "<li>"
            writeChildren(node, into: &out, tight: tight)
            out += "</li>\n"
        case .codeBlock(let info, let literal):
            let language = info.split(separator: " ").first.map(String.init)?.lowercased() ?? ""
            if ["python", "py", "python3"].contains(language) {
                out += "<pre class=\"code\"><code class=\"language-python\">\(PythonHighlighter.html(literal))</code></pre>\n"
            } else if language.isEmpty {
                out += "<pre class=\"code\"><code>\(PageLayout.escape(literal))</code></pre>\n"
            } else {
                out += "<pre class=\"code\"><code class=\"language-\(PageLayout.escape(language))\">\(PageLayout.escape(literal))</code></pre>\n"
            }
        case .htmlBlock(let raw):
            out += raw
        case .paragraph:
            if tight {
                writeChildren(node, into: &out, tight: true)
            } else {
                out += "<p>"
                writeChildren(node, into: &out, tight: true)
                out += "</p>\n"
            }
        case .heading(let level):
            var inner = ""
            writeChildren(node, into: &inner, tight: true)
            let text = plainText(node)
            let id = ids.id(for: text)
            headings.append(Heading(level: level, text: text, id: id))
            out += "<h\(level) id=\"\(id)\">\(inner)<a class=\"anchor\" href=\"#\(id)\" aria-label=\"Link to this section\">#</a></h\(level)>\n"
        case .thematicBreak:
            out += "<hr>\n"
        case .text(let text):
            writeText(text, into: &out)
        case .softBreak:
            out += "\n"
        case .lineBreak:
            out += "<br>\n"
        case .code(let code):
            out += "<code>\(PageLayout.escape(code))</code>"
        case .htmlInline(let raw):
            out += raw
        case .emphasis:
            out += "<em>"
            writeChildren(node, into: &out, tight: true)
            out += "</em>"
        case .strong:
            out += "<strong>"
            writeChildren(node, into: &out, tight: true)
            out += "</strong>"
        case .link(let destination, let title):
            out += "<a href=\"\(PageLayout.escape(destination))\""
            if !title.isEmpty { out += " title=\"\(PageLayout.escape(title))\"" }
            out += ">"
            writeChildren(node, into: &out, tight: true)
            out += "</a>"
        case .image(let source, let title):
            out += "<img src=\"\(PageLayout.escape(source))\" alt=\"\(PageLayout.escape(plainText(node)))\""
            if !title.isEmpty { out += " title=\"\(PageLayout.escape(title))\"" }
            out += ">"
        }
    }

    /// Text with math placeholders replaced by MathML; math and punctuation touching it stay on one line.
    private mutating func writeText(_ text: String, into out: inout String) {
        guard MathSpan.hasPlaceholders(text) else {
            out += PageLayout.escape(text)
            return
        }
        let pieces = MathSpan.pieces(of: text, spans: math)

        var pending = ""      // plain text not yet written
        var i = 0
        while i < pieces.count {
            switch pieces[i] {
            case .plain(let run):
                pending += run
                i += 1
            case .math(let m):
                let span = math[m]
                if span.display {
                    out += PageLayout.escape(pending)
                    pending = ""
                    out += renderMath(span)
                    i += 1
                    continue
                }
                let before = pending.reversed().prefix(while: Self.opening.contains)
                out += PageLayout.escape(String(pending.dropLast(before.count)))
                pending = ""
                var group = String(before.reversed())
                var html = PageLayout.escape(group)
                html += renderMath(span)
                i += 1
                // Following formulas joined only by punctuation stay together too.
                while i < pieces.count, case .plain(let run) = pieces[i] {
                    let after = run.prefix(while: Self.closing.contains)
                    group += after
                    html += PageLayout.escape(String(after))
                    if after.count < run.count {
                        pending = String(run.dropFirst(after.count))
                        i += 1
                        break
                    }
                    i += 1
                    if i < pieces.count, case .math(let next) = pieces[i], !math[next].display {
                        html += renderMath(math[next])
                        group += "x"
                        i += 1
                    } else {
                        break
                    }
                }
                out += group.isEmpty ? html : "<span class=\"nowrap\">\(html)</span>"
            }
        }
        out += PageLayout.escape(pending)
    }

    /// Characters kept on the line of the formula they touch: before it…
    private static let opening: Set<Character> = ["(", "[", "{", "\u{201C}", "\u{2018}", "\"", "'"]
    /// …and after it.
    private static let closing: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "]", "}", "\u{201D}", "\u{2019}", "\"", "'", "\u{2026}", "%"]

    private mutating func renderMath(_ span: MathSpan) -> String {
        do {
            return try MathML.render(tex: span.tex, display: span.display)
        } catch {
            diagnostics.append(.error(RenderMessage.badMath("\(error)"), at: span.range))
            return "<code class=\"math-error\">\(PageLayout.escape(span.tex))</code>"
        }
    }

    /// A node's text with math written as its TeX source (for ids and the contents).
    func plainText(_ node: MarkdownNode) -> String {
        MathSpan.plainText(of: node, spans: math)
    }
}
