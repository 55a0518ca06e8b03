/// A parsed lesson: front matter and the ordered blocks of prose and executable directives.
public struct Lesson: Sendable, Equatable {
    /// The file, as named to the tool (used in every diagnostic).
    public var path: String
    public var frontMatter: FrontMatter
    /// The title: front matter's, else the first level-1 heading's text, else the file name.
    public var title: String
    public var blocks: [LessonBlock]
    /// The math spans whose placeholders appear in prose text nodes.
    public var math: [MathSpan]
    /// Every named descent option set: front-matter presets and named blocks, for `use`
    /// in `descent(...)` calls of scripts.
    public var descentPresets: [String: [Option]] = [:]

    public init(path: String, frontMatter: FrontMatter, title: String, blocks: [LessonBlock], math: [MathSpan]) {
        self.path = path
        self.frontMatter = frontMatter
        self.title = title
        self.blocks = blocks
        self.math = math
    }
}

/// One block of a lesson, in document order.
public enum LessonBlock: Sendable, Equatable {
    /// A top-level Markdown block (paragraph, heading, list, plain code fence, …).
    case prose(MarkdownNode)
    /// A `{descent}` block, resolved.
    case descent(DescentBlock)
    /// A `{code}`, `{exercise}` or `{solution}` block.
    case script(ScriptBlock)
}

/// An executable script block with what the lesson expects of it.
public struct ScriptBlock: Sendable, Equatable {
    public enum Role: Sendable, Equatable {
        /// Runs in the lesson's session; what it defines stays defined.
        case code
        /// Starter code, run in a copy of the session.
        case exercise(id: String?, title: String)
        /// A solution to the exercise at `exercise` (an index into the lesson's blocks).
        case solution(exercise: Int, sameOutputAsExercise: Bool)
    }

    public var role: Role
    public var source: String
    /// Line of the lesson file holding the source's first line.
    public var firstLine: Int
    /// False for starter code that is deliberately incomplete: shown, never run.
    public var runs: Bool
    /// The `{output}` block after this one, if any: what it must print.
    public var expectedOutput: Located<String>?
    /// The `{output} stderr` block after this one, if any: what it must write to standard
    /// error (warnings, "Exception ignored" reports; not the traceback of an exception).
    public var expectedStderr: Located<String>?
    public var range: SourceRange

    public init(role: Role, source: String, firstLine: Int, runs: Bool, expectedOutput: Located<String>? = nil, range: SourceRange) {
        self.role = role
        self.source = source
        self.firstLine = firstLine
        self.runs = runs
        self.expectedOutput = expectedOutput
        self.range = range
    }
}
