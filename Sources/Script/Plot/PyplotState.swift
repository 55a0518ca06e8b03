import Figures

/// A figure shown by a script, with its place among the run's `descent(...)` figures.
public struct ShownFigure: Sendable, Equatable {
    public var figure: PlotFigure
    /// How many `descent(...)` calls the run had made when it was shown.
    public var afterDescentCalls: Int

    public init(figure: PlotFigure, afterDescentCalls: Int) {
        self.figure = figure
        self.afterDescentCalls = afterDescentCalls
    }

    public static func == (a: ShownFigure, b: ShownFigure) -> Bool {
        a.afterDescentCalls == b.afterDescentCalls && a.figure.svg() == b.figure.svg()
    }
}

/// `matplotlib.pyplot`'s global state in one interpreter: the open figures, the current one,
/// and the figures shown during the current run.
final class PyplotState {
    /// Open figures, oldest first.
    var figures: [FigureObject] = []
    /// The current figure (`gcf`), when one is open.
    var current: FigureObject?
    /// Shown during this run.
    var shown: [ShownFigure] = []
    /// See `ScriptSession.showsOpenFigures`.
    var showsOpenFigures = true
    /// See `ScriptSession.writesFigureFiles`.
    var writesFiles = false
    /// Placeholders handed out for `descent(…, ax=ax)`.
    var nextDescentID = 1
    /// `descent(...)` calls made so far in this run (to order shown figures among them).
    var descentCallCount: () -> Int = { 0 }

    func beginRun() {
        shown = []
    }

    /// The figures shown by the run; in lessons, the open ones too (then closed).
    func endRun(descentCalls: Int) -> [ShownFigure] {
        if showsOpenFigures {
            for f in figures where !f.figure.axes.isEmpty || !f.figure.suptitle.isEmpty {
                shown.append(ShownFigure(figure: f.figure, afterDescentCalls: descentCalls))
            }
            closeAll()
        }
        let out = shown
        shown = []
        return out
    }

    /// `plt.show()`: in lessons every open figure is shown and closed; in scripts nothing
    /// happens (a non-interactive backend).
    func show(descentCalls: Int) {
        guard showsOpenFigures else { return }
        for f in figures where !f.figure.axes.isEmpty || !f.figure.suptitle.isEmpty {
            shown.append(ShownFigure(figure: f.figure, afterDescentCalls: descentCalls))
        }
        closeAll()
    }

    func closeAll() {
        for f in figures { f.closed = true }
        figures = []
        current = nil
    }

    func close(_ f: FigureObject) {
        f.closed = true
        figures.removeAll { $0 === f }
        if current === f { current = figures.last }
    }

    /// A new figure, made current.
    func newFigure(width: Double, height: Double, number: Int? = nil) -> FigureObject {
        let n = number ?? ((figures.map(\.number).max() ?? 0) + 1)
        let f = FigureObject(number: n, figure: PlotFigure(width: width, height: height))
        figures.append(f)
        current = f
        return f
    }

    /// The current figure, made if there is none.
    func currentFigure() -> FigureObject {
        if let c = current { return c }
        return newFigure(width: 6.4, height: 4.8)
    }

    /// A placeholder in `axes` for a `descent(…, ax=axes)` panel.
    func descentPlaceholder(in value: Value) throws -> Int {
        guard case .object(let ax as AxesObject) = value else {
            throw PyError("TypeError", "descent() argument 'ax' must be a matplotlib Axes (from plt.subplots()), not \(value.typeName)")
        }
        let id = nextDescentID
        nextDescentID += 1
        ax.update { $0.artists.append(.descentPlaceholder(id)) }
        ax.figureObject.current = ax.index
        return id
    }
}
