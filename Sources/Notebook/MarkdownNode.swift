/// One node of a CommonMark document, as a Swift value with its place in the source.
///
/// Produced from libcmark's tree by `CommonMarkConverter`, so the rest of Descent never
/// touches C pointers. Math spans appear in text as placeholders (see `MathSpan`).
public struct MarkdownNode: Sendable, Equatable {
    /// What a node is, with the data that kind carries.
    public enum Kind: Sendable, Equatable {
        case document
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool)
        case item
        case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        case paragraph
        case heading(level: Int)
        case thematicBreak
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case link(destination: String, title: String)
        case image(source: String, title: String)
    }

    public var kind: Kind
    public var children: [MarkdownNode]
    public var range: SourceRange

    public init(kind: Kind, children: [MarkdownNode] = [], range: SourceRange) {
        self.kind = kind
        self.children = children
        self.range = range
    }

    /// The node's text with markup removed (for headings in a table of contents, titles).
    public var plainText: String {
        switch kind {
        case .text(let s), .code(let s): return s
        case .softBreak, .lineBreak: return " "
        default: return children.map(\.plainText).joined()
        }
    }
}
