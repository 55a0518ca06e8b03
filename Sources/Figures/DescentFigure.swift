/// Entry point for a lesson's training figures.
public enum DescentFigure {
    /// The figure value for panels side by side (sized as the seed's figures).
    public static func figure(panels: [DescentPanel], description: String, idPrefix: String? = nil) -> Figure {
        Figure(panels: panels.map(\.panel), description: description, idPrefix: idPrefix)
    }

    /// The SVG of panels side by side, with `description` as its accessible title.
    public static func svg(panels: [DescentPanel], description: String, idPrefix: String? = nil) -> String {
        figure(panels: panels, description: description, idPrefix: idPrefix).svg()
    }
}
