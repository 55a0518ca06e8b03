/// A figure: one or more panels side by side in a row, rendered to a standalone SVG string.
///
/// Sizes follow matplotlib's: inches at 100 px per inch, default subplot margins
/// (left 0.125, right 0.9, bottom 0.11, top 0.88, wspace 0.2), so a panel has the proportions
/// of the seed lesson's figures. The SVG is cropped to its drawn content plus 0.1 in, as
/// `bbox_inches="tight"` crops.
public struct Figure: Sendable {
    public var panels: [Panel]
    /// Figure width and height in inches.
    public var size: (width: Double, height: Double)
    /// Words describing the figure for assistive technology (`<title>` and `aria-label`).
    public var description: String
    /// Prefix for element ids (clip paths); give each figure on a page a distinct one.
    /// When nil, one is derived from the figure's content.
    public var idPrefix: String?

    /// A figure; `size` in inches defaults to the seed's size for the panel count.
    public init(panels: [Panel], size: (width: Double, height: Double)? = nil,
                description: String = "", idPrefix: String? = nil) {
        self.panels = panels
        self.size = size ?? Figure.defaultSize(panels: panels.count)
        self.description = description
        self.idPrefix = idPrefix
    }

    /// The seed's sizes: matplotlib's default 6.4 x 4.8 in for one panel, (6n, 5) for n side by side.
    public static func defaultSize(panels: Int) -> (width: Double, height: Double) {
        panels <= 1 ? (6.4, 4.8) : (6.0 * Double(panels), 5.0)
    }

    /// The SVG document; the same figure always gives the same bytes.
    public func svg() -> String {
        FigureRenderer(figure: self).render()
    }
}
