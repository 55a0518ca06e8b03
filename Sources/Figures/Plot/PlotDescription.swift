/// Composes the words a screen reader says for a pyplot figure: the titles, then per axes its
/// title, axis labels and what is drawn (series with their labels, points, contours…).
enum PlotDescription {
    static func of(_ f: PlotFigure) -> String {
        var parts: [String] = []
        if !f.suptitle.isEmpty { parts.append(MathText.plain(f.suptitle) + ".") }
        let n = f.axes.count
        for (k, a) in f.axes.enumerated() where a.twinOf == nil {
            var s = n > 1 ? "Plot \(k + 1) of \(n)" : "Plot"
            if !a.title.isEmpty { s += " “\(MathText.plain(a.title))”" }
            var axes: [String] = []
            if !a.x.label.isEmpty { axes.append("\(MathText.plain(a.x.label)) on x") }
            let twins = f.axes.filter { $0.twinOf == k }
            let yLabels = ([a] + twins).map(\.y.label).filter { !$0.isEmpty }.map(MathText.plain)
            if !yLabels.isEmpty { axes.append(yLabels.joined(separator: " and ") + " on y") }
            if !axes.isEmpty { s += ", " + axes.joined(separator: ", ") }
            var things: [String] = []
            for artist in a.artists + twins.flatMap(\.artists) {
                let label = artist.legendLabel.map { " “\(MathText.plain($0))”" } ?? ""
                switch artist {
                case .line(let l): things.append("a line\(label) of \(l.y.count) point\(l.y.count == 1 ? "" : "s")")
                case .scatter(let sc): things.append("\(sc.x.count) scattered point\(sc.x.count == 1 ? "" : "s")\(label)")
                case .contour(let c): things.append(c.filled ? "filled contours" : "contour lines")
                case .image(let im): things.append("an image of \(im.rows)×\(im.columns) cells")
                case .patches(let p): things.append("\(p.rects.count) bar\(p.rects.count == 1 ? "" : "s")\(label)")
                case .fill: things.append("a shaded band\(label)")
                case .errorbar(let e): things.append("\(e.line.x.count) points with error bars\(label)")
                case .referenceLine(let r): things.append("a \(r.vertical ? "vertical" : "horizontal") line at \(FigureDescription.short(r.value))\(label)")
                case .text(let t): things.append("the text “\(MathText.plain(t.text))”")
                case .descent(let p): things.append("the optimizer path on a loss surface" + (p.title.isEmpty ? "" : " (\(p.title))"))
                case .descentPlaceholder: break
                }
            }
            if !things.isEmpty { s += ": " + things.joined(separator: ", ") }
            parts.append(s + ".")
        }
        return parts.joined(separator: " ")
    }
}
