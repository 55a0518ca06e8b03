/// The course's own settings, from `notebooks/course.yaml`.
public struct CourseConfig: Sendable, Equatable {
    public var title: String
    public var description: String?
    /// Where the site will be served, for absolute links; nil keeps links relative.
    public var baseURL: String?

    public init(title: String = "Course", description: String? = nil, baseURL: String? = nil) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
    }

    static let keys = ["title", "description", "base_url"]

    /// Reads `course.yaml` text; problems are reported at their place in `path`.
    public static func parse(_ text: String, path: String) -> (CourseConfig, [Diagnostic]) {
        var diagnostics = DiagnosticBag()
        var config = CourseConfig()
        do {
            let value = try YAMLReader(file: path, line: 1, column: 1).read(text)
            switch value.value {
            case .null: break
            case .map(let entries):
                for entry in entries {
                    let text: String?
                    switch entry.value.value {
                    case .string(let s): text = s
                    case .integer(let i): text = String(i)
                    default:
                        diagnostics.append(.error(NotebookMessage.wrongType(entry.key, expected: "text", found: entry.value.value.typeName), at: entry.value.range))
                        text = nil
                    }
                    switch entry.key {
                    case "title": if let text { config.title = text }
                    case "description": config.description = text
                    case "base_url": config.baseURL = text
                    default:
                        var message = NotebookMessage.unknownCourseKey(entry.key)
                        message += Suggestion.hint(for: entry.key, in: keys)
                        diagnostics.append(.error(message, at: entry.keyRange, notes: [.init(NotebookMessage.knownNames(keys))]))
                    }
                }
            default:
                diagnostics.append(.error(NotebookMessage.frontMatterNotMap(value.value.typeName), at: value.range))
            }
        } catch {
            diagnostics.append(error)
        }
        return (config, diagnostics.diagnostics)
    }
}
