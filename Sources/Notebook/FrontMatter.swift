/// A lesson's YAML front matter: its title, place in the course, summary and presets.
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    public var order: Int?
    public var summary: String?
    /// Named descent option sets, in the order written.
    public var presets: [Option]
    /// The front matter's lines in the file (nil when the lesson has none).
    public var range: SourceRange?

    public init(title: String? = nil, order: Int? = nil, summary: String? = nil, presets: [Option] = [], range: SourceRange? = nil) {
        self.title = title
        self.order = order
        self.summary = summary
        self.presets = presets
        self.range = range
    }

    static let keys = ["title", "order", "summary", "presets"]

    /// Splits front matter off `source`, returning it and the Markdown with its lines blanked
    /// (so line numbers stay those of the file).
    static func split(_ source: String, file: String, diagnostics: inout DiagnosticBag) -> (FrontMatter, String) {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters() == "---" else { return (FrontMatter(), source) }
        guard let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingCharacters()) }) else {
            diagnostics.append(.error(NotebookMessage.unclosedFrontMatter, at: SourceRange(SourceLocation(file: file, line: 1, column: 1))))
            return (FrontMatter(), source)
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        for i in 0...close { lines[i] = "" }
        let markdown = lines.joined(separator: "\n")
        let range = SourceRange(start: SourceLocation(file: file, line: 1, column: 1), end: SourceLocation(file: file, line: close + 1, column: 4))
        var front = FrontMatter(range: range)
        let reader = YAMLReader(file: file, line: 2, column: 1)
        let value: Located<OptionValue>
        do {
            value = try reader.read(yaml)
        } catch {
            diagnostics.append(error)
            return (front, markdown)
        }
        switch value.value {
        case .null: return (front, markdown)
        case .map(let entries):
            for entry in entries {
                switch entry.key {
                case "title": front.title = scalarText(entry, diagnostics: &diagnostics)
                case "summary": front.summary = scalarText(entry, diagnostics: &diagnostics)
                case "order":
                    if case .integer(let i) = entry.value.value { front.order = i } else {
                        diagnostics.append(.error(NotebookMessage.wrongType("order", expected: "a whole number", found: entry.value.value.typeName), at: entry.value.range))
                    }
                case "presets":
                    if case .map(let presets) = entry.value.value { front.presets = presets } else {
                        diagnostics.append(.error(NotebookMessage.wrongType("presets", expected: "a map of named option sets", found: entry.value.value.typeName), at: entry.value.range))
                    }
                default:
                    var message = NotebookMessage.unknownFrontMatterKey(entry.key)
                    message += Suggestion.hint(for: entry.key, in: keys)
                    diagnostics.append(.error(message, at: entry.keyRange, notes: [.init(NotebookMessage.knownNames(keys))]))
                }
            }
        default:
            diagnostics.append(.error(NotebookMessage.frontMatterNotMap(value.value.typeName), at: value.range))
        }
        return (front, markdown)
    }

    private static func scalarText(_ entry: Option, diagnostics: inout DiagnosticBag) -> String? {
        switch entry.value.value {
        case .string(let s): return s
        case .integer(let i): return String(i)
        case .number(let d): return String(d)
        default:
            diagnostics.append(.error(NotebookMessage.wrongType(entry.key, expected: "text", found: entry.value.value.typeName), at: entry.value.range))
            return nil
        }
    }
}

extension Substring {
    func trimmingCharacters() -> String { String(self).trimmingWhitespace() }
}
