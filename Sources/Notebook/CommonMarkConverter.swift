import CMark

/// Turns Markdown text into a `MarkdownNode` tree using libcmark.
///
/// This is the only file that imports `CMark`: it owns the cmark document for the length of
/// one conversion and frees it before returning, so no C memory escapes.
public enum CommonMarkConverter {
    /// Parses `markdown` (CommonMark) and returns its document node; locations name `file`.
    ///
    /// `lineOffset` is added to every line, for Markdown that starts inside a larger file.
    public static func parse(_ markdown: String, file: String, lineOffset: Int = 0) -> MarkdownNode {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS
        let length = markdown.utf8.count
        guard let root = markdown.withCString({ cmark_parse_document($0, length, options) }) else {
            let here = SourceLocation(file: file, line: 1, column: 1)
            return MarkdownNode(kind: .document, range: SourceRange(here))
        }
        defer { cmark_node_free(root) }
        return convert(root, file: file, lineOffset: lineOffset, inherited: SourceLocation(file: file, line: 1 + lineOffset, column: 1), depth: 0)
    }

    /// Nesting deeper than this (block quotes in block quotes…) is kept as plain text, so
    /// the rest of Descent never recurses deeply.
    static let maximumDepth = 48

    /// The text of a subtree, gathered without recursion.
    private static func flatText(_ node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK: text += string(cmark_node_get_literal(current))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func convert(_ node: OpaquePointer, file: String, lineOffset: Int, inherited: SourceLocation, depth: Int) -> MarkdownNode {
        let startLine = Int(cmark_node_get_start_line(node))
        let startColumn = Int(cmark_node_get_start_column(node))
        let endLine = Int(cmark_node_get_end_line(node))
        let endColumn = Int(cmark_node_get_end_column(node))
        // Inline nodes have no positions in libcmark; they take their parent's.
        let start = startLine > 0
            ? SourceLocation(file: file, line: startLine + lineOffset, column: max(startColumn, 1))
            : inherited
        let end = endLine > 0
            ? SourceLocation(file: file, line: endLine + lineOffset, column: max(endColumn, 1))
            : start
        let range = SourceRange(start: start, end: end)

        if depth >= maximumDepth {
            let text = MarkdownNode(kind: .text(flatText(node)), range: range)
            return MarkdownNode(kind: .paragraph, children: [text], range: range)
        }
        var children: [MarkdownNode] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            children.append(convert(current, file: file, lineOffset: lineOffset, inherited: start, depth: depth + 1))
            child = cmark_node_next(current)
        }

        let kind: MarkdownNode.Kind
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: kind = .document
        case CMARK_NODE_BLOCK_QUOTE: kind = .blockQuote
        case CMARK_NODE_LIST:
            kind = .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM: kind = .item
        case CMARK_NODE_CODE_BLOCK:
            kind = .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_BLOCK: kind = .htmlBlock(string(cmark_node_get_literal(node)))
        case CMARK_NODE_PARAGRAPH: kind = .paragraph
        case CMARK_NODE_HEADING: kind = .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: kind = .thematicBreak
        case CMARK_NODE_TEXT: kind = .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: kind = .softBreak
        case CMARK_NODE_LINEBREAK: kind = .lineBreak
        case CMARK_NODE_CODE: kind = .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: kind = .htmlInline(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: kind = .emphasis
        case CMARK_NODE_STRONG: kind = .strong
        case CMARK_NODE_LINK:
            kind = .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            kind = .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        default:
            // Custom nodes never come out of the parser; keep their children as a paragraph.
            kind = .paragraph
        }
        return MarkdownNode(kind: kind, children: children, range: range)
    }
}
