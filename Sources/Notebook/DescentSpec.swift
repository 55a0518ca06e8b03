/// One optimizer run (or a bare surface) of a `{descent}` block, with every option resolved.
///
/// `use`, presets and a block's options have already been merged into it; values that are
/// code (`loss`, `optimizer`, `scheduler`) keep their source range so errors found when they
/// run point at the text the author wrote.
public struct DescentSpec: Sendable, Equatable {
    public var loss: Located<String>
    public var x: ClosedRange<Double>
    public var y: ClosedRange<Double>
    public var grid: Int
    public var levels: Int
    public var start: [Double]
    public var epochs: Int
    public var stepSize: Double?
    /// Whether `step_size` was written as an integer (`100`), which Python's title prints
    /// without a decimal point.
    public var stepSizeIsInteger: Bool
    public var optimizer: Located<String>?
    public var scheduler: Located<String>?
    public var optimum: [Double]?
    /// The title the author gave; nil means the default title built from the run.
    public var title: String?
    /// The block (or panel entry) this run comes from.
    public var range: SourceRange
    /// `explore`: arguments to vary, each over its listed values (empty for a plain figure).
    public var explore: [ExploreAxis] = []
    /// `animate`: the path appears epoch by epoch.
    public var animate = false
    /// `compare`: optimizers run from the same start and drawn on one panel (empty for none).
    public var compare: [CompareEntry] = []

    /// Whether the spec runs an optimizer, or only draws the surface.
    public var runs: Bool { epochs > 0 && (stepSize != nil || optimizer != nil) }

    public init(loss: Located<String>, x: ClosedRange<Double>, y: ClosedRange<Double>, grid: Int = 100, levels: Int = 30,
                start: [Double] = [0, 0], epochs: Int = 0, stepSize: Double? = nil, stepSizeIsInteger: Bool = false, optimizer: Located<String>? = nil,
                scheduler: Located<String>? = nil, optimum: [Double]? = nil, title: String? = nil, range: SourceRange) {
        self.loss = loss
        self.x = x
        self.y = y
        self.grid = grid
        self.levels = levels
        self.start = start
        self.epochs = epochs
        self.stepSize = stepSize
        self.stepSizeIsInteger = stepSizeIsInteger
        self.optimizer = optimizer
        self.scheduler = scheduler
        self.optimum = optimum
        self.title = title
        self.range = range
    }
}

/// What a `{descent}` block shows under its figure.
public enum DescentOutput: String, Sendable, CaseIterable, Equatable {
    /// The contour plot with the path.
    case figure
    /// A table of epoch, w1, w2, loss and learning rate.
    case log
    /// The loss per epoch as a line chart.
    case loss
    /// The learning rate per epoch as a line chart.
    case lr
}

/// A resolved `{descent}` block: one or more runs drawn side by side, and what to show.
public struct DescentBlock: Sendable, Equatable {
    /// Anchor id and cross-reference target.
    public var name: String?
    /// Markdown caption under the figure.
    public var caption: Located<String>?
    public var show: [DescentOutput]
    /// The runs, one per panel (a block without `panels` has one).
    public var panels: [DescentSpec]
    public var range: SourceRange

    public init(name: String?, caption: Located<String>?, show: [DescentOutput], panels: [DescentSpec], range: SourceRange) {
        self.name = name
        self.caption = caption
        self.show = show
        self.panels = panels
        self.range = range
    }
}

/// One argument an `explore` figure varies: a keyword of the optimizer or scheduler call,
/// `step_size`, or `start`, with the values a slider offers.
public struct ExploreAxis: Sendable, Equatable {
    /// The argument's name as written (`lr`, `momentum`, `start`).
    public var key: String
    public var keyRange: SourceRange
    /// The values, as written (numbers, or `[w1, w2]` pairs for `start`).
    public var values: [Located<OptionValue>]

    public init(key: String, keyRange: SourceRange, values: [Located<OptionValue>]) {
        self.key = key
        self.keyRange = keyRange
        self.values = values
    }
}

/// One optimizer of a `compare` figure.
public struct CompareEntry: Sendable, Equatable {
    public var optimizer: Located<String>
    public var scheduler: Located<String>?
    /// The legend's text; nil means the run's title.
    public var label: String?
    public var range: SourceRange

    public init(optimizer: Located<String>, scheduler: Located<String>?, label: String?, range: SourceRange) {
        self.optimizer = optimizer
        self.scheduler = scheduler
        self.label = label
        self.range = range
    }
}
