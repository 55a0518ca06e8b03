/// The kinds of executable block a lesson may contain.
public enum DirectiveKind: String, Sendable, CaseIterable, Equatable {
    case descent, code, exercise, solution, output

    /// The options this directive accepts.
    public var allowedOptions: [String] {
        switch self {
        case .descent: return DescentOptionKey.allCases.map(\.rawValue)
        case .code: return ["runs"]
        case .exercise: return ["id", "runs"]
        case .solution: return ["expect", "runs"]
        case .output: return []
        }
    }

    /// Options whose value is taken as written, not read as YAML (formulas, constructors, prose).
    static let textOptions: Set<String> = ["use", "name", "loss", "optimizer", "scheduler", "title", "caption", "id", "expect"]
}

/// The options of a `{descent}` block.
public enum DescentOptionKey: String, Sendable, CaseIterable {
    case use, name, loss, x, y, grid, levels, start, epochs
    case stepSize = "step_size"
    case optimizer, scheduler, optimum, title, caption, show, panels
    case explore, animate, compare
}

/// A fenced block with a directive in braces (```` ```{descent} ````), parsed but not run.
public struct Directive: Sendable, Equatable {
    public var kind: DirectiveKind
    /// What follows the braces on the fence line (an exercise's title, a solution's exercise id).
    public var argument: String
    /// Options in the order written.
    public var options: [Option]
    /// The block's content after its options.
    public var body: String
    /// Line of the file holding the body's first line.
    public var bodyLine: Int
    /// The whole fenced block.
    public var range: SourceRange

    public init(kind: DirectiveKind, argument: String, options: [Option], body: String, bodyLine: Int, range: SourceRange) {
        self.kind = kind
        self.argument = argument
        self.options = options
        self.body = body
        self.bodyLine = bodyLine
        self.range = range
    }

    /// The value of a text option (`:id: use-sgd`), if given.
    public func text(_ key: String) -> String? {
        options[key]?.value.value.stringValue
    }

    /// The value of a boolean option, if given as a boolean.
    public func bool(_ key: String) -> Bool? {
        if case .bool(let b)? = options[key]?.value.value { return b }
        return nil
    }
}
