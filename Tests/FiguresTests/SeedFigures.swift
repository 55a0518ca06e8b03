import Foundation
@testable import Figures

/// The seed lesson's 19 figures as `Figure` values (path data from the PyTorch reference run).
enum SeedFigures {
    /// Titles as the seed's `plot_train` writes them, by case id.
    static let titles: [String: String] = [
        "cell-03": "step_size=0.01",
        "cell-04": "SGD - {'lr': 0.01}",
        "cell-05": "SGD - {'lr': 0.01}",
        "cell-06": "SGD - {'lr': 0.01, 'momentum': 0.6}",
        "cell-07": "SGD - {'lr': 0.01, 'momentum': 0.8}",
        "cell-09-panel-1": "SGD - {'lr': 0.5}",
        "cell-09-panel-2": "RMSprop - {'lr': 0.5}",
        "cell-10": "AdamW - {'lr': 0.5}",
        "cell-11-panel-1": "SGD - {'lr': 0.6}",
        "cell-11-panel-2": "RMSprop - {'lr': 0.6}",
        "cell-11-panel-3": "Adam - {'lr': 0.6}",
        "cell-12-panel-1": "SGD - {'lr': 0.03}",
        "cell-12-panel-2": "SGD - {'lr': 0.05}",
        "cell-12-panel-3": "SGD - {'lr': 0.07}",
        "cell-13-panel-1": "RMSprop - {'lr': 0.3}",
        "cell-13-panel-2": "RMSprop - {'lr': 0.5}",
        "cell-13-panel-3": "RMSprop - {'lr': 0.6}",
        "cell-14-panel-1": "AdamW - {'lr': 0.2}",
        "cell-14-panel-2": "AdamW - {'lr': 0.5}",
        "cell-14-panel-3": "AdamW - {'lr': 1.0}",
        "cell-15": "SGD - {'lr': 0.04}",
        "cell-16": "SGD - {'lr': 0.04} - ExponentialLR",
        "cell-17": "SGD - {'lr': 0.04} - ReduceLROnPlateau",
        "cell-18": "RMSprop - {'lr': 0.4}",
        "cell-19": "RMSprop - {'lr': 0.4} - ReduceLROnPlateau",
        "cell-20": "AdamW - {'lr': 0.5}",
    ]

    /// Figure id ("cell-NN") -> its panels, in lesson order; cell-02 and cell-08 are bare surfaces.
    static func all() throws -> [(id: String, figure: Figure)] {
        let cases = try SeedSurfaces.cases()
        var groups: [(String, [DescentPanel], String)] = [
            ("cell-02", [SeedSurfaces.panel("sin", title: "", path: [])], "The sin loss surface, w1 from \u{2212}14 to 0 and w2 from \u{2212}6 to 12."),
        ]
        for c in cases {
            let id = String(c.id.prefix(7))
            let optimum = c.loss == "reg" ? Point(0, 0) : nil
            let panel = SeedSurfaces.panel(c.loss, title: titles[c.id] ?? "", path: SeedSurfaces.path(c), optimum: optimum)
            let rows = c.rows
            let desc = FigureDescription.run(
                surface: c.loss, window: panel.window, optimizer: titles[c.id] ?? "",
                start: Point(rows[0][1], rows[0][2]), end: Point(rows[rows.count - 1][1], rows[rows.count - 1][2]),
                epochs: c.epochs, finalLoss: rows[rows.count - 1][3])
            if let k = groups.firstIndex(where: { $0.0 == id }) {
                groups[k].1.append(panel)
                groups[k].2 += " " + desc
            } else {
                groups.append((id, [panel], desc))
            }
            if id == "cell-07" {
                groups.append(("cell-08", [SeedSurfaces.panel("reg", title: "", path: [])],
                               "The reg loss surface, w1 and w2 from \u{2212}5 to 5."))
            }
        }
        return groups.map { ($0.0, DescentFigure.figure(panels: $0.1, description: $0.2, idPrefix: $0.0)) }
    }
}
