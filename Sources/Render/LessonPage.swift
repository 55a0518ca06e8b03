import Notebook

/// A lesson after every block has run: what its page shows, in order.
public struct LessonPage: Sendable {
    public var lesson: Lesson
    public var blocks: [PageBlock]

    public init(lesson: Lesson, blocks: [PageBlock]) {
        self.lesson = lesson
        self.blocks = blocks
    }
}

/// One block of a page.
public enum PageBlock: Sendable {
    case prose(MarkdownNode)
    case figure(FigureBlock)
    case script(ScriptCell)
}

/// A numbered figure: a descent block's SVG, charts and log, or one drawn by `descent(...)`.
public struct FigureBlock: Sendable {
    /// The figure's number on the page ("Figure 3").
    public var number: Int
    /// The anchor id (the block's `name`, else `figure-N`).
    public var id: String
    /// The contour figure, when `show` has `figure`.
    public var svg: String?
    /// Loss and learning-rate charts, when `show` has `loss` or `lr`.
    public var charts: [String]
    /// One table per panel, when `show` has `log`.
    public var logs: [LogTable]
    /// The caption, as Markdown.
    public var caption: String?
    /// Where the caption was written (for math errors in it).
    public var captionRange: SourceRange?
    /// Things a reader should know (a run that diverged, a run that failed).
    public var notes: [String]
    /// The sliders of an `explore` figure (empty otherwise); the combination shown is
    /// row-major over them, the first slowest.
    public var sliders: [FigureSlider] = []
    /// The combination the page opens with (the block's own values).
    public var shownVariant = 0
    /// For an `explore` figure, the combination each chart and each log belongs to.
    public var chartVariants: [Int] = []
    public var logVariants: [Int] = []
    /// Whether the figure's paths play epoch by epoch (`animate`), with a replay button.
    public var animated = false

    public init(number: Int, id: String, svg: String?, charts: [String] = [], logs: [LogTable] = [], caption: String? = nil,
                captionRange: SourceRange? = nil, notes: [String] = []) {
        self.number = number
        self.id = id
        self.svg = svg
        self.charts = charts
        self.logs = logs
        self.caption = caption
        self.captionRange = captionRange
        self.notes = notes
    }
}

/// The per-epoch log of one run, already formatted.
public struct LogTable: Sendable {
    public var title: String
    /// Columns: epoch, w1, w2, loss, lr.
    public var rows: [[String]]

    public init(title: String, rows: [[String]]) {
        self.title = title
        self.rows = rows
    }
}

/// A script block with what it printed.
public struct ScriptCell: Sendable {
    public enum Kind: Sendable, Equatable {
        case code
        case exercise(title: String, id: String?)
        case solution
    }

    public var kind: Kind
    public var source: String
    /// What the script printed (stdout), when it ran.
    public var output: String?
    /// What it wrote to standard error apart from a traceback (warnings, "Exception
    /// ignored" reports), shown after the printed output as a notebook shows stderr.
    public var stderr: String?
    /// The traceback, when it raised.
    public var error: String?
    /// Figures drawn by `descent(...)` calls, in order.
    public var figures: [FigureBlock]
    public var ran: Bool

    public init(kind: Kind, source: String, output: String?, error: String?, figures: [FigureBlock], ran: Bool) {
        self.kind = kind
        self.source = source
        self.output = output
        self.error = error
        self.figures = figures
        self.ran = ran
    }
}

/// One labelled slider of an `explore` figure.
public struct FigureSlider: Sendable, Equatable {
    /// The argument it sets (`lr`).
    public var name: String
    /// Its values as the code writes them.
    public var values: [String]
    /// The position the page opens at.
    public var start: Int

    public init(name: String, values: [String], start: Int) {
        self.name = name
        self.values = values
        self.start = start
    }
}
