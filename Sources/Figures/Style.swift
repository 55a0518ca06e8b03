/// matplotlib's default style values (rcParams) in output pixels at 100 dpi.
enum Style {
    static let dpi = 100.0
    /// One typographic point in pixels.
    static let pt = dpi / 72
    static let fontFamily = "system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue','DejaVu Sans',Arial,sans-serif"
    static let tickLabelSize = 10 * pt
    static let titleSize = 12 * pt
    static let axisLabelSize = 10 * pt
    static let contourLabelSize = 6 * pt
    static let tickLength = 3.5 * pt
    static let tickPad = 3.5 * pt
    static let minorTickLength = 2 * pt
    static let axesLineWidth = 0.8 * pt
    static let titlePad = 6 * pt
    static let labelPad = 4 * pt
    static let contourLineWidth = 1 * pt
    static let pathLineWidth = 1 * pt
    static let seriesLineWidth = 1.5 * pt
    /// Scatter default: `s=36` pt² (radius 3 pt) plus the 1 pt edge in the face colour.
    static let pointRadius = 3.5 * pt
    /// Optimum marker: `s=100` (radius 5 pt) with a 1 pt white edge.
    static let optimumRadius = 5 * pt
    static let optimumEdge = 1 * pt
    static let subplotLeft = 0.125, subplotRight = 0.9, subplotBottom = 0.11, subplotTop = 0.88
    static let wspace = 0.2
    static let margin = 0.05
    /// matplotlib's default colour cycle.
    static let cycle = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]
    /// Sub-pixel tolerance for polyline simplification.
    static let simplifyTolerance = 0.5
}
