/// A matplotlib figure: its size, axes and figure-level text, rendered to a standalone SVG.
///
/// Sizes are matplotlib's: inches at 100 px per inch, `figure.subplot.*` margins; the SVG is
/// cropped to what is drawn plus 0.1 in, as Jupyter's inline backend saves with
/// `bbox_inches="tight"`.
public struct PlotFigure: Sendable {
    /// Width and height in inches.
    public var width = 6.4
    public var height = 4.8
    public var axes: [PlotAxes] = []
    public var suptitle: String = ""
    public var suptitleSize: Double = 12
    /// `tight_layout()` was called (or `layout="tight"`).
    public var tightLayout = false
    /// `figure.subplot.*`: left, right, bottom, top, wspace, hspace.
    public var left = 0.125, right = 0.9, bottom = 0.11, top = 0.88, wspace = 0.2, hspace = 0.2
    public var facecolor: PlotColor?
    /// Free text on the figure (`fig.text`), in figure fractions.
    public var texts: [PlotText] = []

    public init(width: Double = 6.4, height: Double = 4.8) {
        self.width = width
        self.height = height
    }

    /// The figure with every `descent(…, ax=ax)` placeholder replaced by its panel; a
    /// placeholder the host has no panel for is dropped.
    public func resolvingDescent(_ panel: (Int) -> Panel?) -> PlotFigure {
        var f = self
        for a in f.axes.indices {
            f.axes[a].artists = f.axes[a].artists.compactMap { artist in
                if case .descentPlaceholder(let id) = artist { return panel(id).map { .descent($0) } }
                return artist
            }
            // A descent panel brings its window and title, as the seed's helper sets them.
            for case .descent(let p) in f.axes[a].artists {
                if let r = p.xRange, f.axes[a].x.lower == nil, f.axes[a].x.upper == nil {
                    f.axes[a].x.lower = r.0; f.axes[a].x.upper = r.1
                }
                if let r = p.yRange, f.axes[a].y.lower == nil, f.axes[a].y.upper == nil {
                    f.axes[a].y.lower = r.0; f.axes[a].y.upper = r.1
                }
                if f.axes[a].title.isEmpty { f.axes[a].title = p.title }
            }
        }
        return f
    }

    /// The SVG document; the same figure always gives the same bytes. `idPrefix` keeps the
    /// ids of several figures on one page apart.
    public func svg(idPrefix: String = "p") -> String {
        PlotRenderer(figure: self, idPrefix: idPrefix).render()
    }

    /// The view limits axes `index` would be drawn with (`get_xlim`, `plt.ylim()`).
    public func viewLimits(axes index: Int) -> (x: (Double, Double), y: (Double, Double)) {
        let r = PlotRenderer(figure: self, idPrefix: "p")
        let l = r.layout(.init(left: left, right: right, bottom: bottom, top: top, wspace: wspace, hspace: hspace))[index]
        return ((l.xm.lo, l.xm.hi), (l.ym.lo, l.ym.hi))
    }

    /// Words describing the figure for assistive technology, from its titles, axis labels
    /// and series.
    public var description: String { PlotDescription.of(self) }
}
