/// A heading of a page, for the table of contents and anchors.
public struct Heading: Sendable, Equatable {
    public var level: Int
    public var text: String
    public var id: String

    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}

/// Hands out unique element ids on one page (`optimizers`, `optimizers-1`, …).
public struct IDAllocator: Sendable {
    private var used: Set<String>

    public init(reserved: [String] = []) { used = Set(reserved) }

    /// The slug of `text` (`PageLayout.slug`), made unique on the page.
    public mutating func id(for text: String) -> String {
        PageLayout.uniqueSlug(text, taken: &used)
    }

    /// `base`, or `base-1`, `base-2`… if already taken.
    public mutating func claim(_ base: String) -> String {
        PageLayout.unique(base, taken: &used)
    }
}
