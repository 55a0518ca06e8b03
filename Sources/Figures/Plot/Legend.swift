import Foundation

/// matplotlib's legend layout in units of the legend font size, and its "best" placement.
struct LegendLayout {
    static let borderPad = 0.4, labelSpacing = 0.5, handleLength = 2.0, handleHeight = 0.7
    static let handleTextPad = 0.8, borderAxesPad = 0.5, columnSpacing = 2.0
    /// Height of one text line as matplotlib measures it (DejaVu Sans "lp"), and its descent.
    static let textHeight = 1.0322, textDescent = 0.2356

    /// The box's top-left corner for location `code` (1…10) inside `r` padded by `pad`.
    static func corner(_ code: Int, w: Double, h: Double, in r: PixelRect, pad: Double) -> Point {
        let left = r.x0 + pad, right = r.x1 - pad - w, cx = (r.x0 + r.x1 - w) / 2
        let top = r.y0 + pad, bottom = r.y1 - pad - h, cy = (r.y0 + r.y1 - h) / 2
        switch code {
        case 1: return Point(right, top)
        case 2: return Point(left, top)
        case 3: return Point(left, bottom)
        case 4: return Point(right, bottom)
        case 5, 7: return Point(right, cy)
        case 6: return Point(left, cy)
        case 8: return Point(cx, bottom)
        case 9: return Point(cx, top)
        default: return Point(cx, cy)
        }
    }

    /// What the "best" location avoids: line vertices and paths, scatter points, rectangles.
    struct Obstacles {
        var lines: [[Point]] = []
        var offsets: [Point] = []
        var boxes: [PixelRect] = []
    }

    /// `Legend._find_best_position`: the first candidate location (upper right, upper left,
    /// …, center) that covers nothing, else the one covering least: vertices and points
    /// inside, rectangles overlapping, and paths crossing the box each count one.
    static func best(w: Double, h: Double, in r: PixelRect, pad: Double, _ o: Obstacles) -> Int {
        var bestCode = 1, bestBadness = Int.max
        for code in 1...10 {
            let c = corner(code, w: w, h: h, in: r, pad: pad)
            let b = PixelRect(x0: c.x, y0: c.y, x1: c.x + w, y1: c.y + h)
            var badness = 0
            for line in o.lines {
                for p in line where p.x > b.x0 && p.x < b.x1 && p.y > b.y0 && p.y < b.y1 { badness += 1 }
            }
            for p in o.offsets where p.x > b.x0 && p.x < b.x1 && p.y > b.y0 && p.y < b.y1 { badness += 1 }
            for q in o.boxes where !(q.x1 < b.x0 || q.x0 > b.x1 || q.y1 < b.y0 || q.y0 > b.y1) { badness += 1 }
            for line in o.lines where intersects(line, b) { badness += 1 }
            if badness == 0 { return code }
            if badness < bestBadness { bestBadness = badness; bestCode = code }
        }
        return bestCode
    }

    /// `path_intersects_rectangle` for an unfilled path.
    static func intersects(_ pts: [Point], _ b: PixelRect) -> Bool {
        guard let first = pts.first else { return false }
        let cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2, w = b.width, h = b.height
        if 2 * abs(first.x - cx) <= w && 2 * abs(first.y - cy) <= h { return true }
        for (p, q) in zip(pts, pts.dropFirst()) {
            if abs(p.x + q.x - 2 * cx) < w + abs(p.x - q.x) && abs(p.y + q.y - 2 * cy) < h + abs(p.y - q.y)
                && 2 * abs((p.x - cx) * (p.y - q.y) - (p.y - cy) * (p.x - q.x)) < w * abs(p.y - q.y) + h * abs(p.x - q.x) {
                return true
            }
        }
        return false
    }
}

extension PlotRenderer {
    /// One legend entry: its label and the artist whose handle it shows.
    struct LegendEntry {
        var label: String
        var artist: PlotArtist
    }

    func legendEntries(_ legend: PlotLegend, _ axes: PlotAxes) -> [LegendEntry] {
        if let entries = legend.entries {
            return entries.compactMap { i, label in i < axes.artists.count ? LegendEntry(label: label, artist: axes.artists[i]) : nil }
        }
        if let labels = legend.labels {
            let handles = axes.artists.filter {
                switch $0 {
                case .line, .scatter, .patches, .fill, .errorbar, .referenceLine: return true
                default: return false
                }
            }
            return zip(labels, handles).map { LegendEntry(label: $0, artist: $1) }
        }
        return axes.artists.compactMap { a in a.legendLabel.map { LegendEntry(label: $0, artist: a) } }
    }

    /// What "best" avoids, in pixels.
    func obstacles(_ axes: PlotAxes, _ L: AxesLayout) -> LegendLayout.Obstacles {
        var o = LegendLayout.Obstacles()
        func pts(_ xs: [Double], _ ys: [Double]) -> [Point] {
            zip(xs, ys).map { Point(L.xm.px($0), L.ym.px($1)) }
        }
        for a in axes.artists {
            switch a {
            case .line(let l): o.lines.append(pts(l.x, l.y))
            case .errorbar(let e): o.lines.append(pts(e.line.x, e.line.y))
            case .referenceLine(let r):
                if r.vertical {
                    let x = L.xm.px(r.value)
                    o.lines.append([Point(x, L.rect.y1 - r.from * L.rect.height), Point(x, L.rect.y1 - r.to * L.rect.height)])
                } else {
                    let y = L.ym.px(r.value)
                    o.lines.append([Point(L.rect.x0 + r.from * L.rect.width, y), Point(L.rect.x0 + r.to * L.rect.width, y)])
                }
            case .scatter(let s): o.offsets += pts(s.x, s.y)
            case .patches(let p):
                for r in p.rects {
                    let a = Point(L.xm.px(r.x), L.ym.px(r.y)), b = Point(L.xm.px(r.x + r.width), L.ym.px(r.y + r.height))
                    o.boxes.append(PixelRect(x0: min(a.x, b.x), y0: min(a.y, b.y), x1: max(a.x, b.x), y1: max(a.y, b.y)))
                }
            case .fill(let f):
                let fwd = f.horizontal ? pts(f.y1, f.x) : pts(f.x, f.y1)
                let back = f.horizontal ? pts(f.y2, f.x) : pts(f.x, f.y2)
                var ring = fwd + back.reversed()
                if let first = ring.first { ring.append(first) }
                o.lines.append(ring)
            default: break
            }
        }
        return o
    }

    /// Draws the legend; returns its box.
    func drawLegend(_ legend: PlotLegend, axes: PlotAxes, layout L: AxesLayout, into out: inout String) -> DrawnBox {
        let entries = legendEntries(legend, axes)
        guard !entries.isEmpty else { return DrawnBox() }
        let num = SVGFormat.num
        let fs = legend.fontSize * Style.pt
        typealias LL = LegendLayout
        let rowH = LL.textHeight * fs
        let ncol = max(1, min(legend.columns, entries.count))
        // Entries split into columns as np.array_split does: the first columns get one more.
        var columns: [[LegendEntry]] = []
        var start = 0
        for c in 0..<ncol {
            let n = entries.count / ncol + (c < entries.count % ncol ? 1 : 0)
            columns.append(Array(entries[start..<(start + n)]))
            start += n
        }
        let colWidths = columns.map { col in
            LL.handleLength * fs + LL.handleTextPad * fs + (col.map { MathText.width($0.label, fontSize: fs) }.max() ?? 0)
        }
        let rows = columns.map(\.count).max() ?? 0
        var w = colWidths.reduce(0, +) + LL.columnSpacing * fs * Double(ncol - 1) + 2 * LL.borderPad * fs
        var h = Double(rows) * rowH + Double(max(0, rows - 1)) * LL.labelSpacing * fs + 2 * LL.borderPad * fs
        var titleH = 0.0
        if let title = legend.title, !title.isEmpty {
            titleH = rowH + LL.labelSpacing * fs
            h += titleH
            w = max(w, MathText.width(title, fontSize: fs) + 2 * LL.borderPad * fs)
        }
        let pad = LL.borderAxesPad * fs
        var corner: Point
        if let anchor = legend.anchor {
            // `bbox_to_anchor=(x, y)`: the `loc` corner of the legend at that axes point.
            let ax = L.rect.x0 + anchor.0 * L.rect.width, ay = L.rect.y1 - anchor.1 * L.rect.height
            let point = PixelRect(x0: ax, y0: ay, x1: ax, y1: ay)
            corner = LL.corner(legend.location == 0 ? 1 : legend.location, w: w, h: h, in: point, pad: -pad)
            let code = legend.location == 0 ? 1 : legend.location
            // Padding pushes the box away from the anchor point.
            if [1, 4, 5, 7].contains(code) { corner.x = ax - w - pad } else if [2, 3, 6].contains(code) { corner.x = ax + pad }
            if [1, 2, 9].contains(code) { corner.y = ay + pad } else if [3, 4, 8].contains(code) { corner.y = ay - h - pad }
        } else {
            let code = legend.location == 0 ? LL.best(w: w, h: h, in: L.rect, pad: pad, obstacles(axes, L)) : legend.location
            corner = LL.corner(code, w: w, h: h, in: L.rect, pad: pad)
        }
        out += "<g class=\"fig-legend\"\(abs(fs - 10 * Style.pt) > 0.01 ? " font-size=\"\(num(fs, 1))\"" : "")>\n"
        if legend.frame {
            out += "<rect x=\"\(num(corner.x, 1))\" y=\"\(num(corner.y, 1))\" width=\"\(num(w, 1))\" height=\"\(num(h, 1))\" rx=\"\(num(0.2 * fs, 1))\""
            out += " fill=\"#fff\" fill-opacity=\".8\" stroke=\"#ccc\" stroke-opacity=\".8\" stroke-width=\"\(num(Style.pt, 2))\"/>\n"
        }
        if let title = legend.title, !title.isEmpty {
            let base = corner.y + LL.borderPad * fs + rowH - LL.textDescent * fs
            out += "<text x=\"\(num(corner.x + w / 2, 1))\" y=\"\(num(base, 1))\" text-anchor=\"middle\" fill=\"currentColor\">\(MathText.svg(title))</text>\n"
        }
        var x = corner.x + LL.borderPad * fs
        for (c, col) in columns.enumerated() {
            for (k, e) in col.enumerated() {
                let top = corner.y + LL.borderPad * fs + titleH + Double(k) * (rowH + LL.labelSpacing * fs)
                let baseline = top + rowH - LL.textDescent * fs
                drawHandle(e.artist, x: x, baseline: baseline, fs: fs, into: &out)
                out += "<text x=\"\(num(x + (LL.handleLength + LL.handleTextPad) * fs, 1))\" y=\"\(num(baseline, 1))\" fill=\"currentColor\">\(MathText.svg(e.label))</text>\n"
            }
            x += colWidths[c] + LL.columnSpacing * fs
        }
        out += "</g>\n"
        var box = DrawnBox()
        box.add(corner.x, corner.y, corner.x + w, corner.y + h)
        return box
    }

    /// The legend handle of an artist: a line (with its marker), a marker, or a patch.
    private func drawHandle(_ a: PlotArtist, x: Double, baseline: Double, fs: Double, into out: inout String) {
        let num = SVGFormat.num
        let hl = LegendLayout.handleLength * fs, hh = LegendLayout.handleHeight * fs
        let midY = baseline - hh / 2
        func line(_ l: PlotLine) {
            if l.lineStyle != .none && l.lineWidth > 0 {
                out += "<path\(strokeAttributes(color: l.color, width: l.lineWidth, style: l.lineStyle, alpha: l.alpha)) d=\"M\(num(x, 1)) \(num(midY, 1))h\(num(hl, 1))\"/>"
            }
            if let m = l.marker {
                drawMarkers([Point(x + hl / 2, midY)], shape: m, size: l.markerSize, face: [(l.markerFaceColor ?? l.color).with(alpha: l.alpha)],
                            edge: [(l.markerEdgeColor ?? l.color).with(alpha: l.alpha)], edgeWidth: l.markerEdgeWidth, separate: false, into: &out)
            }
        }
        switch a {
        case .line(let l): line(l)
        case .referenceLine(let r): line(r.line)
        case .errorbar(let e):
            line(e.line)
            out += "<path\(strokeAttributes(color: e.errorColor ?? e.line.color, width: e.errorLineWidth ?? e.line.lineWidth, style: .solid, alpha: e.line.alpha)) d=\"M\(num(x + hl / 2, 1)) \(num(baseline - hh, 1))v\(num(hh, 1))\"/>"
        case .scatter(let s):
            var face = s.colors.first ?? .cycle(0)
            if let v = s.values, let first = v.first {
                let (lo, hi) = s.normRange
                face = (s.colormap ?? PlotColormap(named: "viridis")!).color(first, vmin: lo, vmax: hi)
            }
            face = face.with(alpha: s.alpha)
            let edge = s.edgeColors?.first?.with(alpha: s.alpha) ?? face
            drawMarkers([Point(x + hl / 2, baseline - 0.375 * hh)], shape: s.marker, size: (s.sizes.first ?? 36).squareRoot(),
                        face: [face], edge: [edge], edgeWidth: s.lineWidth, separate: false, into: &out)
        case .patches(let p):
            let c = (p.colors.first ?? .cycle(0)).with(alpha: p.alpha)
            if p.stepOutline {
                out += "<rect x=\"\(num(x, 1))\" y=\"\(num(baseline - hh, 1))\" width=\"\(num(hl, 1))\" height=\"\(num(hh, 1))\" fill=\"none\" stroke=\"\(c.svg)\" stroke-width=\"\(num(1.5 * Style.pt, 2))\"/>"
            } else {
                out += "<rect x=\"\(num(x, 1))\" y=\"\(num(baseline - hh, 1))\" width=\"\(num(hl, 1))\" height=\"\(num(hh, 1))\" fill=\"\(c.svg)\"\(opacity(c, "fill"))/>"
            }
        case .fill(let f):
            let c = f.color.with(alpha: f.alpha)
            out += "<rect x=\"\(num(x, 1))\" y=\"\(num(baseline - hh, 1))\" width=\"\(num(hl, 1))\" height=\"\(num(hh, 1))\" fill=\"\(c.svg)\"\(opacity(c, "fill"))/>"
        default: break
        }
    }
}
