extension PlotRenderer {
    /// `contour` lines (with `clabel` labels) or `contourf` bands.
    func drawContour(_ c: PlotContour, _ L: AxesLayout, into out: inout String) {
        let nx = c.x.count, ny = c.y.count
        guard nx >= 2, ny >= 2, c.z.count == nx * ny else { return }
        // matplotlib's Z[row j][column i] to the marching squares' z[i * ny + j].
        var zt = [Double](repeating: 0, count: nx * ny)
        for j in 0..<ny { for i in 0..<nx { zt[i * ny + j] = c.z[j * nx + i] } }
        let grid = MarchingSquares(x: c.x, y: c.y, z: zt)
        let levels = c.resolvedLevels
        let colors = c.layerColors
        guard !levels.isEmpty else { return }
        let num = SVGFormat.num
        func px(_ pts: [Point]) -> [Point] { pts.map { Point(L.xm.px($0.x), L.ym.px($0.y)) } }
        if c.filled {
            guard levels.count >= 2 else { return }
            let all = grid.lines(at: levels)
            let fill = ContourFill(grid: grid)
            let zmin = c.z.filter(\.isFinite).min() ?? 0, zmax = c.z.filter(\.isFinite).max() ?? 0
            let translucent = colors.contains { $0.a < 1 }
            out += "<g class=\"fig-contourf\" fill-rule=\"evenodd\">\n"
            for i in 0..<(levels.count - 1) {
                var rings: [[Point]]
                if i == 0 && zmin >= levels[0] {
                    rings = [[Point(c.x[0], c.y[0]), Point(c.x[nx - 1], c.y[0]), Point(c.x[nx - 1], c.y[ny - 1]), Point(c.x[0], c.y[ny - 1])]]
                } else {
                    rings = fill.rings(level: levels[i], lines: all[i])
                }
                // The last band stops at the last level when the data goes beyond it. Translucent
                // bands are each cut out above their upper level too (even-odd), so they do not
                // stack their opacity where later bands are painted over them; opaque bands
                // overlap, which leaves no anti-aliased seams between them.
                if (i == levels.count - 2 && zmax > levels[i + 1]) || (translucent && i < levels.count - 2) {
                    rings += fill.rings(level: levels[i + 1], lines: all[i + 1])
                }
                let simplified = rings.map { ring -> [Point] in
                    let p = px(ring)
                    guard let f = p.first else { return p }
                    var s = Simplify.rdp(p + [f], tolerance: 0.3)
                    s.removeLast()
                    return s
                }.filter { $0.count >= 3 }
                guard !simplified.isEmpty else { continue }
                let col = colors[i]
                out += "<path fill=\"\(col.svg)\"\(opacity(col, "fill")) d=\"\(SVGFormat.pathData(simplified, closed: simplified.map { _ in true }))\"/>\n"
            }
            out += "</g>\n"
            return
        }
        let lw = (c.lineWidths ?? 1.5) * Style.pt
        let all = grid.lines(at: levels)
        let monochrome = c.colors != nil && Set(c.colors!.map(\.hex)).count == 1
        var labeler = ContourLabeler(fontSize: (c.labels?.fontSize ?? 10) * Style.pt,
                                     frame: (x0: L.rect.x0, y0: L.rect.y0, x1: L.rect.x1, y1: L.rect.y1))
        var textFor: [Int: String] = [:]
        if let labels = c.labels {
            let chosen = levels.indices.filter { i in labels.levels.map { ls in ls.contains { abs($0 - levels[i]) <= 1e-12 * max(1, abs($0)) } } ?? true }
            let texts = ContourLabeler.labelTexts(chosen.map { levels[$0] })
            for (k, i) in chosen.enumerated() { textFor[i] = texts[k] }
        }
        var labelColours: [PlotColor] = []
        out += "<g class=\"fig-contour\" fill=\"none\" stroke-width=\"\(num(lw, 2))\" stroke-linejoin=\"round\">\n"
        for (i, _) in levels.enumerated() {
            var lines = all[i].map { Polyline(points: px($0.points), closed: $0.closed) }
            if lines.isEmpty { continue }
            if let text = textFor[i] {
                let before = labeler.labels.count
                let broken = labeler.label(lines, text: text, level: levels[i])
                if c.labels?.inline ?? true { lines = broken }
                labelColours += Array(repeating: c.labels?.colors ?? colors[i], count: labeler.labels.count - before)
            }
            let simplified = lines.map { line -> [Point] in
                var pts = line.points
                if line.closed, let f = pts.first { pts.append(f) }
                var s = Simplify.rdp(pts, tolerance: 0.3)
                if line.closed { s.removeLast() }
                return s
            }
            var style = c.lineStyle ?? .solid
            if monochrome && c.lineStyle == nil && levels[i] < 0 { style = .dashed }
            let col = colors[i]
            var attrs = " stroke=\"\(col.svg)\"\(opacity(col, "stroke"))"
            if let dashes = style.dashes { attrs += " stroke-dasharray=\"\(dashes.map { num($0 * lw, 1) }.joined(separator: " "))\"" }
            out += "<path\(attrs) d=\"\(SVGFormat.pathData(simplified, closed: lines.map(\.closed)))\"/>\n"
        }
        out += "</g>\n"
        guard !labeler.labels.isEmpty else { return }
        let fs = labeler.fontSize
        out += "<g class=\"fig-clabels\" font-size=\"\(num(fs, 1))\" text-anchor=\"middle\">\n"
        for (label, colour) in zip(labeler.labels, labelColours) {
            let x = num(label.center.x, 1), y = num(label.center.y, 1)
            out += "<text x=\"\(x)\" y=\"\(num(label.center.y + 0.3 * fs, 1))\" fill=\"\(colour.svg)\""
            let r = num(label.rotation, 1)
            if r != "0" { out += " transform=\"rotate(\(r) \(x) \(y))\"" }
            out += ">\(label.text)</text>\n"
        }
        out += "</g>\n"
    }
}
