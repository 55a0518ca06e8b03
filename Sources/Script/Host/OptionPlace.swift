import Notebook

/// Where a `descent(...)` option's value is written in the script's file, so the host can
/// report a bad value at the value, as it does for a `{descent}` block.
public struct OptionPlace: Equatable, Sendable {
    /// The value's expression.
    public var range: SourceRange
    /// The text between the quotes of a string literal written as is: no escapes, not an
    /// f-string, not a concatenation, on one line. A column within the option's text is
    /// found by counting from its start; nil when the text cannot be mapped that way.
    public var text: SourceRange?
    /// The places of a list or tuple display's items, in order; empty for other values.
    public var items: [OptionPlace]
    /// The places of a dict display's entries whose keys are string literals, by key.
    public var entries: [String: Entry]

    /// A dict entry: where its key and its value are written.
    public struct Entry: Equatable, Sendable {
        public var key: SourceRange
        public var value: OptionPlace

        public init(key: SourceRange, value: OptionPlace) {
            self.key = key
            self.value = value
        }
    }

    public init(range: SourceRange, text: SourceRange? = nil, items: [OptionPlace] = [], entries: [String: Entry] = [:]) {
        self.range = range
        self.text = text
        self.items = items
        self.entries = entries
    }
}
