import Foundation

/// Draws a `Figure` into SVG text: layout, axes, layers, tight crop.
struct FigureRenderer {
    let figure: Figure

    /// Extent of everything drawn, for the tight crop.
    private struct Box {
        var x0 = Double.infinity, y0 = Double.infinity, x1 = -Double.infinity, y1 = -Double.infinity
        mutating func add(_ a: Double, _ b: Double, _ c: Double, _ d: Double) {
            x0 = min(x0, a); y0 = min(y0, b); x1 = max(x1, c); y1 = max(y1, d)
        }
    }

    func render() -> String {
        let width = figure.size.width * Style.dpi, height = figure.size.height * Style.dpi
        let n = max(1, figure.panels.count)
        let total = (Style.subplotRight - Style.subplotLeft) * width
        let panelWidth = total / (Double(n) + Style.wspace * Double(n - 1))
        let top = (1 - Style.subplotTop) * height, bottom = (1 - Style.subplotBottom) * height
        let prefix = figure.idPrefix ?? "f" + Self.hash(figure)
        var body = ""
        body.reserveCapacity(16_384 * n)
        var box = Box()
        for (k, panel) in figure.panels.enumerated() {
            let x0 = Style.subplotLeft * width + Double(k) * panelWidth * (1 + Style.wspace)
            let rect = (x0: x0, y0: top, x1: x0 + panelWidth, y1: bottom)
            box.add(rect.x0, rect.y0, rect.x1, rect.y1)
            drawPanel(panel, rect: rect, clipId: "\(prefix)c\(k)", into: &body, box: &box)
        }
        if figure.panels.isEmpty { box.add(0, 0, width, height) }
        let pad = 0.1 * Style.dpi
        let vx = (box.x0 - pad).rounded(.down), vy = (box.y0 - pad).rounded(.down)
        let vw = (box.x1 + pad).rounded(.up) - vx, vh = (box.y1 + pad).rounded(.up) - vy
        let desc = SVGFormat.escape(figure.description)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fig\" viewBox=\""
        out += "\(SVGFormat.num(vx)) \(SVGFormat.num(vy)) \(SVGFormat.num(vw)) \(SVGFormat.num(vh))\""
        out += " width=\"100%\" style=\"height:auto;max-width:\(SVGFormat.num(vw))px\""
        out += " role=\"img\" aria-labelledby=\"\(prefix)t\" font-family=\"\(Style.fontFamily)\">\n"
        out += "<title id=\"\(prefix)t\">\(desc)</title>\n"
        out += body
        out += "</svg>\n"
        return out
    }

    /// A short deterministic id from the figure's content (FNV-1a over its text).
    static func hash(_ figure: Figure) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ s: String) { for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 } }
        mix(figure.description)
        for p in figure.panels {
            mix(p.title)
            for layer in p.layers {
                switch layer {
                case .path(let path): for q in path.points { mix("\(q.x),\(q.y)") }
                case .optimum(let o): mix("o\(o.x),\(o.y)")
                case .line(let s): mix("l\(s.y.count)\(s.y.last ?? 0)")
                case .contour(let c): mix("c\(c.z.count)\(c.zRange?.min ?? 0)")
                }
            }
        }
        return String(h & 0xffff_ffff, radix: 36)
    }

    // MARK: - Panel

    private func dataRanges(_ panel: Panel) -> (x: (Double, Double), y: (Double, Double)) {
        var xs: [Double] = [], ys: [Double] = []
        for layer in panel.layers {
            switch layer {
            case .contour(let c):
                if let a = c.x.min(), let b = c.x.max() { xs += [a, b] }
                if let a = c.y.min(), let b = c.y.max() { ys += [a, b] }
            case .path(let p):
                xs += p.points.map(\.x).filter(\.isFinite)
                ys += p.points.map(\.y).filter(\.isFinite)
            case .optimum(let o): xs.append(o.x); ys.append(o.y)
            case .line(let s):
                xs += s.x.filter(\.isFinite)
                ys += s.y.filter { $0.isFinite && (panel.yScale == .linear || $0 > 0) }
            }
        }
        // matplotlib's autoscale: the locator's `nonsingular` widens a constant range (5% of
        // the value for linear axes, to the enclosing decades for log axes), then 5% margins.
        // Data beyond ±1e300 (diverging runs) is clamped there so the margins stay finite.
        func auto(_ v: [Double], log: Bool) -> (Double, Double) {
            guard var a = v.min(), var b = v.max() else { return log ? (1, 10) : (0, 1) }
            let limit = 1e300
            (a, b) = log ? (min(max(a, 1 / limit), limit), min(max(b, 1 / limit), limit))
                         : (min(max(a, -limit), limit), min(max(b, -limit), limit))
            if log {
                if a == b {
                    let lo = pow(10, Foundation.floor(Foundation.log10(a)))
                    let hi = pow(10, Foundation.ceil(Foundation.log10(b)))
                    (a, b) = lo == hi ? (lo / 10, hi * 10) : (lo, hi)
                }
                a = Foundation.log10(a); b = Foundation.log10(b)
            } else {
                (a, b) = MaxNLocator.nonsingular(a, b, expander: 0.05, tiny: 1e-15)
            }
            let m = (b - a) * Style.margin
            a -= m; b += m
            return log ? (pow(10, a), pow(10, b)) : (a, b)
        }
        // A given range is used when finite, non-empty and within ±1e300 (positive on a log axis).
        func usable(_ r: (Double, Double), log: Bool) -> Bool {
            r.0.isFinite && r.1.isFinite && r.0 != r.1 && max(abs(r.0), abs(r.1)) <= 1e300
                && (!log || (r.0 >= 1e-300 && r.1 >= 1e-300))
        }
        let logY = panel.yScale == .log
        var y = panel.yRange ?? auto(ys, log: logY)
        if !usable(y, log: logY) { y = auto(ys, log: logY) }
        var x = panel.xRange ?? auto(xs, log: false)
        if !usable(x, log: false) { x = auto(xs, log: false) }
        return (x, y)
    }

    private func drawPanel(_ panel: Panel, rect: (x0: Double, y0: Double, x1: Double, y1: Double),
                           clipId: String, into out: inout String, box: inout Box) {
        let ranges = dataRanges(panel)
        let xm = AxisMap(lo: ranges.x.0, hi: ranges.x.1, p0: rect.x0, p1: rect.x1, scale: .linear)
        let ym = AxisMap(lo: ranges.y.0, hi: ranges.y.1, p0: rect.y1, p1: rect.y0, scale: panel.yScale)
        let num = SVGFormat.num
        out += "<g class=\"fig-panel\">\n"
        out += "<clipPath id=\"\(clipId)\"><rect x=\"\(num(rect.x0, 1))\" y=\"\(num(rect.y0, 1))\""
        out += " width=\"\(num(rect.x1 - rect.x0, 1))\" height=\"\(num(rect.y1 - rect.y0, 1))\"/></clipPath>\n"
        out += "<g clip-path=\"url(#\(clipId))\">\n"
        for layer in panel.layers {
            if case .contour(let c) = layer { drawContours(c, xm: xm, ym: ym, rect: rect, into: &out) }
        }
        var seriesIndex = 0
        for layer in panel.layers {
            if case .line(let s) = layer {
                drawSeries(s, index: seriesIndex, xm: xm, ym: ym, into: &out)
                seriesIndex += 1
            }
        }
        for layer in panel.layers {
            if case .optimum(let o) = layer {
                out += "<circle class=\"fig-optimum\" cx=\"\(num(xm.px(o.x), 1))\" cy=\"\(num(ym.px(o.y), 1))\""
                out += " r=\"\(num(Style.optimumRadius, 1))\" fill=\"#1e90ff\" stroke=\"#fff\""
                out += " stroke-width=\"\(num(Style.optimumEdge, 1))\"/>\n"
            }
        }
        for layer in panel.layers {
            if case .path(let p) = layer { drawPath(p, xm: xm, ym: ym, into: &out) }
        }
        out += "</g>\n"
        drawLegend(panel, rect: rect, into: &out)
        drawAxes(panel, rect: rect, xm: xm, ym: ym, into: &out, box: &box)
        out += "</g>\n"
    }

    // MARK: - Layers

    func drawContours(_ c: ContourSet, xm: AxisMap, ym: AxisMap,
                              rect: (x0: Double, y0: Double, x1: Double, y1: Double), into out: inout String) {
        let levels = c.resolvedLevels
        guard let vmin = levels.min(), let vmax = levels.max() else { return }
        let ms = MarchingSquares(x: c.x, y: c.y, z: c.z)
        let labelled: [Int] = c.labelEvery > 0 ? Array(stride(from: 0, to: levels.count, by: c.labelEvery)) : []
        let texts = ContourLabeler.labelTexts(labelled.map { levels[$0] })
        var textFor: [Int: String] = [:]
        for (k, i) in labelled.enumerated() { textFor[i] = texts[k] }
        var labeler = ContourLabeler(fontSize: Style.contourLabelSize, frame: rect)
        var labelColour: [String] = []
        let num = SVGFormat.num
        out += "<g class=\"fig-contours\" fill=\"none\" stroke-width=\"\(num(Style.contourLineWidth, 2))\" stroke-linejoin=\"round\">\n"
        let allLines = ms.lines(at: levels)
        for (i, level) in levels.enumerated() {
            var lines = allLines[i].map { line in
                Polyline(points: line.points.map { Point(xm.px($0.x), ym.px($0.y)) }, closed: line.closed)
            }
            if lines.isEmpty { continue }
            let colour = Colormap.turbo.hex(level, vmin: vmin, vmax: vmax)
            if let text = textFor[i] {
                let before = labeler.labels.count
                lines = labeler.label(lines, text: text, level: level)
                labelColour += Array(repeating: colour, count: labeler.labels.count - before)
            }
            let simplified = lines.map { line -> [Point] in
                var pts = line.points
                if line.closed, let f = pts.first { pts.append(f) }
                var s = Simplify.rdp(pts, tolerance: Style.simplifyTolerance)
                if line.closed { s.removeLast() }
                return s
            }
            let d = SVGFormat.pathData(simplified, closed: lines.map(\.closed))
            out += "<path stroke=\"\(colour)\" d=\"\(d)\"/>\n"
        }
        out += "</g>\n"
        guard !labeler.labels.isEmpty else { return }
        out += "<g class=\"fig-clabels\" font-size=\"\(num(Style.contourLabelSize, 2))\" text-anchor=\"middle\">\n"
        for (label, colour) in zip(labeler.labels, labelColour) {
            let x = num(label.center.x, 1), y = num(label.center.y, 1)
            let baseline = num(label.center.y + 0.3 * Style.contourLabelSize, 1)
            out += "<text x=\"\(x)\" y=\"\(baseline)\" fill=\"\(colour)\""
            let r = num(label.rotation, 1)
            if r != "0" { out += " transform=\"rotate(\(r) \(x) \(y))\"" }
            out += ">\(label.text)</text>\n"
        }
        out += "</g>\n"
    }

    func drawPath(_ p: OptimizerPath, xm: AxisMap, ym: AxisMap, into out: inout String) {
        let pts = p.points.filter { $0.x.isFinite && $0.y.isFinite }
        guard !pts.isEmpty else { return }
        let num = SVGFormat.num
        // An explore combination is a group the page's script shows or hides; an animated
        // path is a group whose CSS animation lasts about 0.12 s an epoch, within 1.5-6 s.
        var groups = 0
        if let v = p.variant {
            out += "<g class=\"fig-variant\" data-variant=\"\(v)\"\(p.shown ? "" : " display=\"none\"")>\n"
            groups += 1
        }
        if p.animate {
            let seconds = min(6, max(1.5, 0.12 * Double(p.points.count)))
            out += "<g class=\"fig-anim\" style=\"--dur:\(num(seconds, 2))s\">\n"
            groups += 1
        }
        defer { out += String(repeating: "</g>\n", count: groups) }
        let px = pts.map { Point(xm.px($0.x), ym.px($0.y)) }
        let linePx = px.filter { $0.x.isFinite && $0.y.isFinite }
        // The line is clipped to the panel (plus a margin) here rather than only by the clip
        // path, so divergent runs with huge coordinates stay short and exact in the SVG.
        let m = 10.0
        let box = (x0: min(xm.p0, xm.p1) - m, y0: min(ym.p0, ym.p1) - m,
                   x1: max(xm.p0, xm.p1) + m, y1: max(ym.p0, ym.p1) + m)
        var pieces: [[Point]] = []
        for (a, b) in zip(linePx, linePx.dropFirst()) {
            guard let (c, d) = Self.clip(a, b, to: box) else { continue }
            if let last = pieces.last?.last, last == c {
                pieces[pieces.count - 1].append(d)
            } else {
                pieces.append([c, d])
            }
        }
        if !pieces.isEmpty {
            let d = SVGFormat.pathData(pieces, closed: pieces.map { _ in false })
            out += "<path class=\"fig-pathline\" fill=\"none\" stroke=\"\(p.colour ?? "#999")\" stroke-width=\"\(num(p.colour == nil ? Style.pathLineWidth : Style.seriesLineWidth, 2))\""
            out += p.animate ? " pathLength=\"1\"" : ""
            out += " d=\"\(d)\"/>\n"
        }
        // Colours are normalised over all epochs, as scatter(c=epochs) normalises them.
        let e0 = Double(p.points.map(\.epoch).min() ?? 0), e1 = Double(p.points.map(\.epoch).max() ?? 0)
        out += "<g class=\"fig-points\">\n"
        let r = num(Style.pointRadius, 1)
        // A point wholly outside the panel would be clipped away entirely: leave it out.
        let drawn = zip(pts, px).filter { _, c in
            c.x.isFinite && c.y.isFinite && c.x > box.x0 && c.x < box.x1 && c.y > box.y0 && c.y < box.y1
        }
        let occlusion = PointOcclusion(centres: drawn.map(\.1), radius: Style.pointRadius)
        var beneath = [[PathPoint]](repeating: [], count: drawn.count)
        for (i, o) in occlusion.owner.enumerated() { if let o { beneath[o].append(drawn[i].0) } }
        if p.variant != nil && !p.shown {
            // A hidden combination's points go compactly into one attribute (x, y, colour,
            // epoch, w1, w2, loss, then epoch, w1, w2, loss of each epoch listed beneath and
            // the count, first and last epoch of the rest); the page's script draws them the
            // first time it shows them (whole pixels suffice for a dot) with the tooltips
            // `tooltip` writes, so a figure of 16 combinations weighs about what two plain
            // figures do.
            func fields(_ q: PathPoint) -> String {
                "\(q.epoch),\(SVGFormat.fixed3(q.x)),\(SVGFormat.fixed3(q.y)),\(String(format: "%.4g", q.loss))"
            }
            let records = drawn.enumerated().filter { occlusion.owner[$0.offset] == nil }.map { i, pair in
                let (q, c) = pair
                let colour = (p.colour ?? Colormap.viridis.hex(Double(q.epoch), vmin: e0, vmax: e1)).dropFirst()
                var record = "\(num(c.x, 0)),\(num(c.y, 0)),\(colour)," + fields(q)
                let hidden = beneath[i].sorted { $0.epoch > $1.epoch }
                for h in hidden.prefix(Self.tooltipHiddenLines) { record += "," + fields(h) }
                let rest = hidden.dropFirst(Self.tooltipHiddenLines)
                if let first = rest.last?.epoch, let last = rest.first?.epoch { record += ",\(rest.count),\(first),\(last)" }
                return record
            }
            out.removeLast("<g class=\"fig-points\">\n".count)
            out += "<g class=\"fig-points\" data-r=\"\(r)\" data-pts=\"\(records.joined(separator: ";"))\"></g>\n"
            return
        }
        for (i, (q, c)) in drawn.enumerated() where occlusion.owner[i] == nil {
            let colour = p.colour ?? Colormap.viridis.hex(Double(q.epoch), vmin: e0, vmax: e1)
            let delay = p.animate ? " style=\"--t:\(num(e1 > e0 ? (Double(q.epoch) - e0) / (e1 - e0) : 0, 3))\"" : ""
            out += "<circle cx=\"\(num(c.x, 1))\" cy=\"\(num(c.y, 1))\" r=\"\(r)\" fill=\"\(colour)\"\(delay)><title>"
            out += Self.tooltip(q, beneath: beneath[i], xName: p.xName, yName: p.yName)
            out += "</title></circle>\n"
        }
        out += "</g>\n"
    }

    /// Most hidden epochs a tooltip lists one per line before summing up the rest.
    static let tooltipHiddenLines = 5

    /// A point's tooltip, `epoch 12: w1=-3.214, w2=-1.507, loss=-104.2`, followed by the
    /// epochs hidden beneath it, latest first, one per line up to `tooltipHiddenLines`, then
    /// `… and 40 more epochs beneath, from 3 to 61`.
    static func tooltip(_ q: PathPoint, beneath: [PathPoint], xName: String, yName: String) -> String {
        func line(_ q: PathPoint) -> String {
            "epoch \(q.epoch): \(xName)=\(SVGFormat.fixed3(q.x)), \(yName)=\(SVGFormat.fixed3(q.y)), loss=\(String(format: "%.4g", q.loss))"
        }
        var text = line(q)
        let hidden = beneath.sorted { $0.epoch > $1.epoch }
        for h in hidden.prefix(tooltipHiddenLines) { text += "\n" + line(h) }
        let rest = hidden.dropFirst(tooltipHiddenLines)
        if let first = rest.last?.epoch, let last = rest.first?.epoch {
            text += "\n… and \(rest.count) more epochs beneath, from \(first) to \(last)"
        }
        return text
    }

    /// Liang-Barsky clipping of segment a-b to a box; nil when it lies wholly outside.
    ///
    /// Works on half differences so ends near ±Double.greatestFiniteMagnitude cannot overflow,
    /// and clamps the clipped ends into the box: with ends around 1e40 the rounding of
    /// `a + t * (b - a)` alone can land far outside it.
    static func clip(_ a: Point, _ b: Point, to box: (x0: Double, y0: Double, x1: Double, y1: Double)) -> (Point, Point)? {
        guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return nil }
        let hx = b.x / 2 - a.x / 2, hy = b.y / 2 - a.y / 2
        var t0 = 0.0, t1 = 1.0
        for (p, q) in [(-hx, a.x / 2 - box.x0 / 2), (hx, box.x1 / 2 - a.x / 2),
                       (-hy, a.y / 2 - box.y0 / 2), (hy, box.y1 / 2 - a.y / 2)] {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let r = q / p
                if p < 0 { if r > t1 { return nil }; t0 = max(t0, r) } else { if r < t0 { return nil }; t1 = min(t1, r) }
            }
        }
        func at(_ t: Double) -> Point? {
            func coord(_ a: Double, _ h: Double) -> Double {
                let v = t * h, off = 2 * v
                return off.isFinite ? a + off : a + v + v
            }
            let x = coord(a.x, hx), y = coord(a.y, hy)
            guard x.isFinite, y.isFinite else { return nil }
            return Point(min(max(x, box.x0), box.x1), min(max(y, box.y0), box.y1))
        }
        guard let c = t0 == 0 ? a : at(t0), let d = t1 == 1 ? b : at(t1) else { return nil }
        return (c, d)
    }

    private func drawSeries(_ s: LineSeries, index: Int, xm: AxisMap, ym: AxisMap, into out: inout String) {
        var segments: [[Point]] = [[]]
        for (x, y) in zip(s.x, s.y) {
            if x.isFinite && y.isFinite && (ym.scale == .linear || y > 0) {
                segments[segments.count - 1].append(Point(xm.px(x), ym.px(y)))
            } else if !(segments.last?.isEmpty ?? true) {
                segments.append([])
            }
        }
        let simplified = segments.filter { !$0.isEmpty }.map { Simplify.rdp($0, tolerance: Style.simplifyTolerance) }
        let colour = s.color ?? Style.cycle[index % Style.cycle.count]
        let d = SVGFormat.pathData(simplified, closed: simplified.map { _ in false })
        out += "<path class=\"fig-series\" fill=\"none\" stroke=\"\(SVGFormat.escape(colour))\""
        out += " stroke-width=\"\(SVGFormat.num(Style.seriesLineWidth, 2))\" stroke-linejoin=\"round\" d=\"\(d)\"/>\n"
    }

    /// A legend in the upper right corner when two or more line series have labels, laid out
    /// with matplotlib's legend metrics (10 pt text, 2 em handles, 0.8-opaque frame).
    private func drawLegend(_ panel: Panel, rect: (x0: Double, y0: Double, x1: Double, y1: Double),
                            into out: inout String) {
        var entries: [(String, String)] = []
        var index = 0
        for layer in panel.layers {
            if case .path(let p) = layer, let colour = p.colour, !p.label.isEmpty { entries.append((p.label, colour)) }
            guard case .line(let s) = layer else { continue }
            if !s.label.isEmpty { entries.append((s.label, s.color ?? Style.cycle[index % Style.cycle.count])) }
            index += 1
        }
        guard entries.count >= 2 else { return }
        let num = SVGFormat.num
        let fs = Style.tickLabelSize
        let handle = 2 * fs, gap = 0.8 * fs, pad = 0.4 * fs, row = 1.3 * fs
        let textWidth = entries.map { TextWidth.of($0.0, fontSize: fs) }.max() ?? 0
        let w = pad * 2 + handle + gap + textWidth, h = pad * 2 + row * Double(entries.count)
        let x = rect.x1 - 0.5 * fs - w, y = rect.y0 + 0.5 * fs
        out += "<g class=\"fig-legend\" font-size=\"\(num(fs, 1))\">\n"
        out += "<rect x=\"\(num(x, 1))\" y=\"\(num(y, 1))\" width=\"\(num(w, 1))\" height=\"\(num(h, 1))\" rx=\"3\""
        out += " fill=\"Canvas\" fill-opacity=\".8\" stroke=\"#ccc\" stroke-width=\"\(num(Style.axesLineWidth, 2))\"/>\n"
        for (k, (label, colour)) in entries.enumerated() {
            let cy = y + pad + row * (Double(k) + 0.5)
            out += "<path d=\"M\(num(x + pad, 1)) \(num(cy, 1))h\(num(handle, 1))\" stroke=\"\(SVGFormat.escape(colour))\""
            out += " stroke-width=\"\(num(Style.seriesLineWidth, 2))\"/>"
            out += "<text x=\"\(num(x + pad + handle + gap, 1))\" y=\"\(num(cy + 0.36 * fs, 1))\" fill=\"currentColor\">\(SVGFormat.escape(label))</text>\n"
        }
        out += "</g>\n"
    }

    // MARK: - Axes

    private func drawAxes(_ panel: Panel, rect: (x0: Double, y0: Double, x1: Double, y1: Double),
                          xm: AxisMap, ym: AxisMap, into out: inout String, box: inout Box) {
        let num = SVGFormat.num
        let xt = AxisTicks.linear(lo: xm.lo, hi: xm.hi, lengthPx: rect.x1 - rect.x0, vertical: false)
        let yt = panel.yScale == .log
            ? AxisTicks.log(lo: ym.lo, hi: ym.hi)
            : AxisTicks.linear(lo: ym.lo, hi: ym.hi, lengthPx: rect.y1 - rect.y0, vertical: true)
        let lw = num(Style.axesLineWidth, 2)
        out += "<g class=\"fig-axes\" stroke=\"currentColor\" stroke-width=\"\(lw)\" fill=\"none\">\n"
        out += "<rect class=\"fig-frame\" x=\"\(num(rect.x0, 1))\" y=\"\(num(rect.y0, 1))\""
        out += " width=\"\(num(rect.x1 - rect.x0, 1))\" height=\"\(num(rect.y1 - rect.y0, 1))\"/>\n"
        var d = ""
        let tl = num(Style.tickLength, 1), mtl = num(Style.minorTickLength, 1)
        for v in xt.values { d += "M\(num(xm.px(v), 1)) \(num(rect.y1, 1))v\(tl)" }
        for v in yt.values { d += "M\(num(rect.x0, 1)) \(num(ym.px(v), 1))h-\(tl)" }
        for v in yt.minor { d += "M\(num(rect.x0, 1)) \(num(ym.px(v), 1))h-\(mtl)" }
        out += "<path class=\"fig-ticks\" d=\"\(d)\"/>\n"
        out += "</g>\n"

        let fs = Style.tickLabelSize
        out += "<g class=\"fig-ticklabels\" fill=\"currentColor\" font-size=\"\(num(fs, 1))\">\n"
        let xBaseline = rect.y1 + Style.tickLength + Style.tickPad + 0.76 * fs
        out += "<g text-anchor=\"middle\">"
        for (v, s) in zip(xt.values, xt.labels) {
            let x = xm.px(v), w = TextWidth.of(s, fontSize: fs)
            out += "<text x=\"\(num(x, 1))\" y=\"\(num(xBaseline, 1))\">\(s)</text>"
            box.add(x - w / 2, rect.y1, x + w / 2, xBaseline + 0.24 * fs)
        }
        out += "</g>\n<g text-anchor=\"end\">"
        let yRight = rect.x0 - Style.tickLength - Style.tickPad
        var yLabelLeft = yRight
        for (v, s) in zip(yt.values, yt.labels) {
            let y = ym.px(v)
            let parts = s.split(separator: "^", maxSplits: 1).map(String.init)
            var w: Double
            if parts.count == 2 {
                w = TextWidth.of(parts[0], fontSize: fs) + TextWidth.of(parts[1], fontSize: fs * 0.7)
                out += "<text x=\"\(num(yRight, 1))\" y=\"\(num(y + 0.36 * fs, 1))\">\(parts[0])<tspan dy=\"-.45em\" font-size=\"70%\">\(parts[1])</tspan></text>"
            } else {
                w = TextWidth.of(s, fontSize: fs)
                out += "<text x=\"\(num(yRight, 1))\" y=\"\(num(y + 0.36 * fs, 1))\">\(s)</text>"
            }
            box.add(yRight - w, y - 0.6 * fs, yRight, y + 0.6 * fs)
            yLabelLeft = min(yLabelLeft, yRight - w)
        }
        out += "</g>\n"
        if !xt.offsetText.isEmpty {
            let s = xt.offsetText
            out += "<text x=\"\(num(rect.x1, 1))\" y=\"\(num(xBaseline + 1.2 * fs, 1))\" text-anchor=\"end\">\(s)</text>\n"
            box.add(rect.x1 - TextWidth.of(s, fontSize: fs), xBaseline, rect.x1, xBaseline + 1.5 * fs)
        }
        if !yt.offsetText.isEmpty {
            let s = yt.offsetText
            out += "<text x=\"\(num(rect.x0, 1))\" y=\"\(num(rect.y0 - 0.4 * fs, 1))\">\(s)</text>\n"
            box.add(rect.x0, rect.y0 - 1.2 * fs, rect.x0 + TextWidth.of(s, fontSize: fs), rect.y0)
        }
        out += "</g>\n"
        if !panel.xLabel.isEmpty {
            let afs = Style.axisLabelSize
            let y = xBaseline + 0.24 * fs + Style.labelPad + 0.76 * afs
            let x = (rect.x0 + rect.x1) / 2, w = TextWidth.of(panel.xLabel, fontSize: afs)
            out += "<text class=\"fig-xlabel\" x=\"\(num(x, 1))\" y=\"\(num(y, 1))\" text-anchor=\"middle\" fill=\"currentColor\" font-size=\"\(num(afs, 1))\">\(SVGFormat.escape(panel.xLabel))</text>\n"
            box.add(x - w / 2, y - afs, x + w / 2, y + 0.24 * afs)
        }
        if !panel.yLabel.isEmpty {
            let afs = Style.axisLabelSize
            let x = yLabelLeft - Style.labelPad - 0.24 * afs
            let y = (rect.y0 + rect.y1) / 2, w = TextWidth.of(panel.yLabel, fontSize: afs)
            out += "<text class=\"fig-ylabel\" x=\"\(num(x, 1))\" y=\"\(num(y, 1))\" text-anchor=\"middle\" fill=\"currentColor\" font-size=\"\(num(afs, 1))\" transform=\"rotate(-90 \(num(x, 1)) \(num(y, 1)))\">\(SVGFormat.escape(panel.yLabel))</text>\n"
            box.add(x - 0.76 * afs, y - w / 2, x + 0.24 * afs, y + w / 2)
        }
        if !panel.variantTitles.isEmpty {
            let tfs = Style.titleSize
            let x = (rect.x0 + rect.x1) / 2, y = rect.y0 - Style.titlePad
            for (k, title) in panel.variantTitles.enumerated() {
                let w = TextWidth.of(title, fontSize: tfs)
                out += "<text class=\"fig-title\" data-variant=\"\(k)\"\(k == panel.shownVariant ? "" : " display=\"none\"") x=\"\(num(x, 1))\" y=\"\(num(y, 1))\" text-anchor=\"middle\" fill=\"currentColor\" font-size=\"\(num(tfs, 1))\">\(SVGFormat.escape(title))</text>\n"
                box.add(x - w / 2, y - 0.93 * tfs, x + w / 2, y)
            }
        } else if !panel.title.isEmpty {
            let tfs = Style.titleSize
            let x = (rect.x0 + rect.x1) / 2, y = rect.y0 - Style.titlePad
            let w = TextWidth.of(panel.title, fontSize: tfs)
            out += "<text class=\"fig-title\" x=\"\(num(x, 1))\" y=\"\(num(y, 1))\" text-anchor=\"middle\" fill=\"currentColor\" font-size=\"\(num(tfs, 1))\">\(SVGFormat.escape(panel.title))</text>\n"
            box.add(x - w / 2, y - 0.93 * tfs, x + w / 2, y)
        }
    }
}
