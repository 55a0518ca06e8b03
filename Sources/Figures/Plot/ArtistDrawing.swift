import Foundation

extension PlotRenderer {
    /// Draws one artist (clipped to the axes by the caller's group).
    func drawArtist(_ artist: PlotArtist, _ L: AxesLayout, clipId: String, into out: inout String) {
        switch artist {
        case .line(let l): drawLine(l, L, into: &out)
        case .scatter(let s): drawScatter(s, L, into: &out)
        case .patches(let p): drawPatches(p, L, into: &out)
        case .fill(let f): drawFill(f, L, into: &out)
        case .referenceLine(let r): drawReferenceLine(r, L, into: &out)
        case .errorbar(let e): drawErrorBar(e, L, into: &out)
        case .image(let im): drawImage(im, L, into: &out)
        case .contour(let c): drawContour(c, L, into: &out)
        case .descent(let p):
            let legacy = FigureRenderer(figure: Figure(panels: []))
            let rect = (x0: L.rect.x0, y0: L.rect.y0, x1: L.rect.x1, y1: L.rect.y1)
            for case .contour(let c) in p.layers { legacy.drawContours(c, xm: L.xm, ym: L.ym, rect: rect, into: &out) }
            let num = SVGFormat.num
            for case .optimum(let o) in p.layers {
                out += "<circle class=\"fig-optimum\" cx=\"\(num(L.xm.px(o.x), 1))\" cy=\"\(num(L.ym.px(o.y), 1))\""
                out += " r=\"\(num(Style.optimumRadius, 1))\" fill=\"#1e90ff\" stroke=\"#fff\" stroke-width=\"\(num(Style.optimumEdge, 1))\"/>\n"
            }
            for case .path(let path) in p.layers { legacy.drawPath(path, xm: L.xm, ym: L.ym, into: &out) }
        case .text, .descentPlaceholder:
            break
        }
    }

    /// Pixel polylines of data points, broken at non-finite (or non-positive on log) values.
    func pixelSegments(_ xs: [Double], _ ys: [Double], _ L: AxesLayout) -> [[Point]] {
        var segments: [[Point]] = [[]]
        for (x, y) in zip(xs, ys) {
            let ok = x.isFinite && y.isFinite && (L.xm.scale == .linear || x > 0) && (L.ym.scale == .linear || y > 0)
            if ok {
                segments[segments.count - 1].append(Point(L.xm.px(x), L.ym.px(y)))
            } else if !(segments.last?.isEmpty ?? true) {
                segments.append([])
            }
        }
        return segments.filter { !$0.isEmpty }
    }

    /// Stroke attributes of a line style.
    func strokeAttributes(color: PlotColor, width: Double, style: LineStyle, alpha: Double?) -> String {
        let num = SVGFormat.num
        let c = color.with(alpha: alpha ?? (color.a < 1 ? color.a : nil))
        let lw = width * Style.pt
        var s = " fill=\"none\" stroke=\"\(c.svg)\" stroke-width=\"\(num(lw, 2))\""
        s += opacity(c, "stroke")
        if let dashes = style.dashes {
            s += " stroke-dasharray=\"\(dashes.map { num($0 * lw, 1) }.joined(separator: " "))\""
        } else {
            s += " stroke-linecap=\"square\""
        }
        s += " stroke-linejoin=\"round\""
        return s
    }

    func drawLine(_ l: PlotLine, _ L: AxesLayout, into out: inout String) {
        var xs = l.x, ys = l.y
        if let ds = l.drawStyle, ds.hasPrefix("steps") { (xs, ys) = Self.steps(xs, ys, ds) }
        let segments = pixelSegments(xs, ys, L)
        if l.lineStyle != .none && l.lineWidth > 0 {
            let simplified = segments.map { Simplify.rdp($0, tolerance: 0.25) }
            let d = SVGFormat.pathData(simplified, closed: simplified.map { _ in false })
            if !d.isEmpty {
                out += "<path class=\"fig-line\"\(strokeAttributes(color: l.color, width: l.lineWidth, style: l.lineStyle, alpha: l.alpha)) d=\"\(d)\"/>\n"
            }
        }
        if let m = l.marker {
            let face = (l.markerFaceColor ?? l.color).with(alpha: l.alpha)
            let edge = (l.markerEdgeColor ?? l.color).with(alpha: l.alpha)
            let points = pixelSegments(l.x, l.y, L).flatMap { $0 }
            drawMarkers(points, shape: m, size: l.markerSize, face: [face], edge: [edge], edgeWidth: l.markerEdgeWidth,
                        separate: (l.alpha ?? 1) < 1, into: &out)
        }
    }

    /// `drawstyle="steps-pre|mid|post"` as the extra vertices matplotlib inserts.
    static func steps(_ x: [Double], _ y: [Double], _ style: String) -> ([Double], [Double]) {
        guard x.count > 1 else { return (x, y) }
        var ox: [Double] = [x[0]], oy: [Double] = [y[0]]
        for i in 1..<x.count {
            switch style {
            case "steps-post": ox += [x[i], x[i]]; oy += [y[i - 1], y[i]]
            case "steps-mid":
                let m = (x[i - 1] + x[i]) / 2
                ox += [m, m, x[i]]; oy += [y[i - 1], y[i], y[i]]
            default: ox += [x[i - 1], x[i]]; oy += [y[i], y[i]]
            }
        }
        return (ox, oy)
    }

    func drawScatter(_ s: PlotScatter, _ L: AxesLayout, into out: inout String) {
        var points: [Point] = []
        var index: [Int] = []
        for (i, (x, y)) in zip(s.x, s.y).enumerated() {
            guard x.isFinite, y.isFinite, L.xm.scale == .linear || x > 0, L.ym.scale == .linear || y > 0 else { continue }
            if let v = s.values, i < v.count, !v[i].isFinite { continue }
            points.append(Point(L.xm.px(x), L.ym.px(y)))
            index.append(i)
        }
        var faces: [PlotColor]
        if let values = s.values {
            let cmap = s.colormap ?? PlotColormap(named: "viridis")!
            let (lo, hi) = s.normRange
            faces = index.map { cmap.color(values[$0], vmin: lo, vmax: hi) }
        } else {
            faces = index.map { s.colors[s.colors.count == 1 ? 0 : $0 % s.colors.count] }
        }
        faces = faces.map { $0.with(alpha: s.alpha ?? ($0.a < 1 ? $0.a : nil)) }
        let edges = s.edgeColors.map { e in index.map { e[e.count == 1 ? 0 : $0 % e.count].with(alpha: s.alpha) } } ?? faces
        let sizes = index.map { s.sizes[s.sizes.count == 1 ? 0 : $0 % s.sizes.count] }
        // Group by size: the marker size is per path.
        var bySize: [Double: [Int]] = [:]
        var sizeOrder: [Double] = []
        for (k, sz) in sizes.enumerated() {
            if bySize[sz] == nil { sizeOrder.append(sz) }
            bySize[sz, default: []].append(k)
        }
        for sz in sizeOrder {
            let ks = bySize[sz]!
            drawMarkers(ks.map { points[$0] }, shape: s.marker, size: sz.squareRoot(), face: ks.map { faces[$0] },
                        edge: ks.map { edges[$0] }, edgeWidth: s.lineWidth, separate: (s.alpha ?? 1) < 1 || faces.contains { $0.a < 1 },
                        into: &out)
        }
    }

    func drawPatches(_ p: PlotPatches, _ L: AxesLayout, into out: inout String) {
        let num = SVGFormat.num
        if p.stepOutline {
            var xs: [Double] = [], ys: [Double] = []
            for r in p.rects { xs += [r.x, r.x + r.width]; ys += [r.y + r.height, r.y + r.height] }
            if let f = p.rects.first, let l = p.rects.last { xs = [f.x] + xs + [l.x + l.width]; ys = [f.y] + ys + [l.y] }
            let d = SVGFormat.pathData(pixelSegments(xs, ys, L), closed: [false])
            let c = (p.colors.first ?? .black).with(alpha: p.alpha)
            out += "<path\(strokeAttributes(color: c, width: max(p.lineWidth, 1.5), style: .solid, alpha: p.alpha)) d=\"\(d)\"/>\n"
            return
        }
        var groups: [PlotColor: String] = [:]
        var order: [PlotColor] = []
        for (i, r) in p.rects.enumerated() {
            let c = p.colors[p.colors.count == 1 ? 0 : i % p.colors.count].with(alpha: p.alpha)
            let x0 = L.xm.px(r.x), x1 = L.xm.px(r.x + r.width)
            let y0 = L.ym.px(r.y), y1 = L.ym.px(r.y + r.height)
            guard x0.isFinite, x1.isFinite, y0.isFinite, y1.isFinite else { continue }
            if groups[c] == nil { order.append(c) }
            groups[c, default: ""] += "M\(num(x0, 1)) \(num(y0, 1))H\(num(x1, 1))V\(num(y1, 1))H\(num(x0, 1))z"
        }
        var stroke = ""
        if let e = p.edgeColor, p.lineWidth > 0 {
            stroke = " stroke=\"\(e.svg)\" stroke-width=\"\(num(p.lineWidth * Style.pt, 2))\" stroke-linejoin=\"miter\""
        }
        for c in order {
            out += "<path class=\"fig-patches\" fill=\"\(c.svg)\"\(opacity(c, "fill"))\(stroke) d=\"\(groups[c]!)\"/>\n"
        }
    }

    func drawFill(_ f: PlotFill, _ L: AxesLayout, into out: inout String) {
        var pts: [Point] = []
        var back: [Point] = []
        for (i, v) in f.x.enumerated() where v.isFinite && f.y1[i].isFinite && f.y2[i].isFinite {
            if f.horizontal {
                pts.append(Point(L.xm.px(f.y1[i]), L.ym.px(v)))
                back.append(Point(L.xm.px(f.y2[i]), L.ym.px(v)))
            } else {
                pts.append(Point(L.xm.px(v), L.ym.px(f.y1[i])))
                back.append(Point(L.xm.px(v), L.ym.px(f.y2[i])))
            }
        }
        guard !pts.isEmpty else { return }
        let ring = Simplify.rdp(pts, tolerance: 0.25) + Simplify.rdp(back.reversed(), tolerance: 0.25)
        let c = f.color.with(alpha: f.alpha ?? (f.color.a < 1 ? f.color.a : nil))
        var stroke = ""
        if let e = f.edgeColor { stroke = " stroke=\"\(e.svg)\" stroke-width=\"\(SVGFormat.num(Style.pt, 2))\"" }
        out += "<path class=\"fig-fill\" fill=\"\(c.svg)\"\(opacity(c, "fill"))\(stroke) d=\"\(SVGFormat.pathData([ring], closed: [true]))\"/>\n"
    }

    func drawReferenceLine(_ r: PlotReferenceLine, _ L: AxesLayout, into out: inout String) {
        let num = SVGFormat.num
        let l = r.line
        let d: String
        if r.vertical {
            let x = L.xm.px(r.value)
            guard x.isFinite else { return }
            let y0 = L.rect.y1 - r.from * L.rect.height, y1 = L.rect.y1 - r.to * L.rect.height
            d = "M\(num(x, 1)) \(num(y0, 1))V\(num(y1, 1))"
        } else {
            let y = L.ym.px(r.value)
            guard y.isFinite else { return }
            let x0 = L.rect.x0 + r.from * L.rect.width, x1 = L.rect.x0 + r.to * L.rect.width
            d = "M\(num(x0, 1)) \(num(y, 1))H\(num(x1, 1))"
        }
        out += "<path class=\"fig-refline\"\(strokeAttributes(color: l.color, width: l.lineWidth, style: l.lineStyle, alpha: l.alpha)) d=\"\(d)\"/>\n"
    }

    func drawErrorBar(_ e: PlotErrorBar, _ L: AxesLayout, into out: inout String) {
        let num = SVGFormat.num
        var d = ""
        let cap = e.capSize * Style.pt / 2
        for (i, (x, y)) in zip(e.line.x, e.line.y).enumerated() where x.isFinite && y.isFinite {
            let px = L.xm.px(x), py = L.ym.px(y)
            if let err = e.yErr {
                let a = L.ym.px(y - err.lower[i]), b = L.ym.px(y + err.upper[i])
                d += "M\(num(px, 1)) \(num(a, 1))V\(num(b, 1))"
                if cap > 0 { d += "M\(num(px - cap, 1)) \(num(a, 1))h\(num(2 * cap, 1))M\(num(px - cap, 1)) \(num(b, 1))h\(num(2 * cap, 1))" }
            }
            if let err = e.xErr {
                let a = L.xm.px(x - err.lower[i]), b = L.xm.px(x + err.upper[i])
                d += "M\(num(a, 1)) \(num(py, 1))H\(num(b, 1))"
                if cap > 0 { d += "M\(num(a, 1)) \(num(py - cap, 1))v\(num(2 * cap, 1))M\(num(b, 1)) \(num(py - cap, 1))v\(num(2 * cap, 1))" }
            }
        }
        if !d.isEmpty {
            let c = e.errorColor ?? e.line.color
            out += "<path class=\"fig-errorbar\"\(strokeAttributes(color: c, width: e.errorLineWidth ?? e.line.lineWidth, style: .solid, alpha: e.line.alpha)) d=\"\(d)\"/>\n"
        }
        drawLine(e.line, L, into: &out)
    }

    func drawImage(_ im: PlotImage, _ L: AxesLayout, into out: inout String) {
        let num = SVGFormat.num
        let e = im.resolvedExtent
        let cw = (e.right - e.left) / Double(im.columns)
        let (lo, hi) = im.normRange
        let cmap = im.colormap ?? PlotColormap(named: "viridis")!
        func colour(_ k: Int) -> PlotColor {
            if let rgb = im.rgb { return rgb[k].with(alpha: im.alpha) }
            let v = im.values![k]
            return (v.isFinite ? cmap.color(v, vmin: lo, vmax: hi) : PlotColor(r: 0, g: 0, b: 0, a: 0)).with(alpha: im.alpha)
        }
        var groups: [PlotColor: String] = [:]
        var order: [PlotColor] = []
        for row in 0..<im.rows {
            // Row 0 is at `top` for origin "upper", at `bottom` for "lower" (the extent says where).
            let t0 = im.originUpper ? e.top : e.bottom
            let t1 = im.originUpper ? e.bottom : e.top
            let ya = t0 + (t1 - t0) * Double(row) / Double(im.rows)
            let yb = t0 + (t1 - t0) * Double(row + 1) / Double(im.rows)
            var col = 0
            while col < im.columns {
                let c = colour(row * im.columns + col)
                var end = col + 1
                while end < im.columns && colour(row * im.columns + end) == c { end += 1 }
                let x0 = L.xm.px(e.left + cw * Double(col)), x1 = L.xm.px(e.left + cw * Double(end))
                let y0 = L.ym.px(ya), y1 = L.ym.px(yb)
                if c.a > 0 {
                    if groups[c] == nil { order.append(c) }
                    groups[c, default: ""] += "M\(num(x0, 1)) \(num(y0, 1))H\(num(x1, 1))V\(num(y1, 1))H\(num(x0, 1))z"
                }
                col = end
            }
        }
        out += "<g class=\"fig-image\" shape-rendering=\"crispEdges\">"
        for c in order { out += "<path fill=\"\(c.svg)\"\(opacity(c, "fill")) d=\"\(groups[c]!)\"/>" }
        out += "</g>\n"
    }
}
