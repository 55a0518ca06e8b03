import Foundation

/// A rectangle in output pixels, y growing downwards.
struct PixelRect: Sendable {
    var x0: Double, y0: Double, x1: Double, y1: Double
    var width: Double { x1 - x0 }
    var height: Double { y1 - y0 }
}

/// Extent of everything drawn, for the tight crop and for `tight_layout`.
struct DrawnBox {
    var x0 = Double.infinity, y0 = Double.infinity, x1 = -Double.infinity, y1 = -Double.infinity
    var isEmpty: Bool { x0 > x1 }
    mutating func add(_ a: Double, _ b: Double, _ c: Double, _ d: Double) {
        guard a.isFinite, b.isFinite, c.isFinite, d.isFinite else { return }
        x0 = min(x0, a, c); y0 = min(y0, b, d); x1 = max(x1, a, c); y1 = max(y1, b, d)
    }
    mutating func add(_ r: PixelRect) { add(r.x0, r.y0, r.x1, r.y1) }
    mutating func add(_ other: DrawnBox) { if !other.isEmpty { add(other.x0, other.y0, other.x1, other.y1) } }
}

/// One axes placed: its box, data-to-pixel maps and ticks.
struct AxesLayout {
    var rect: PixelRect
    var xm: AxisMap
    var ym: AxisMap
    var xTicks: AxisTicks
    var yTicks: AxisTicks
    /// Where each of the axes' colorbars goes.
    var colorbarRects: [PixelRect]
}

/// Draws a `PlotFigure` into SVG text: layout, axes, artists, legends, tight crop.
struct PlotRenderer {
    let figure: PlotFigure
    let idPrefix: String
    var width: Double { figure.width * Style.dpi }
    var height: Double { figure.height * Style.dpi }

    /// Subplot parameters (fractions of the figure).
    struct Params {
        var left, right, bottom, top, wspace, hspace: Double
    }

    func render() -> String {
        var params = Params(left: figure.left, right: figure.right, bottom: figure.bottom, top: figure.top,
                            wspace: figure.wspace, hspace: figure.hspace)
        var layouts = layout(params)
        if figure.tightLayout {
            params = tightParams(layouts, params)
            layouts = layout(params)
        }
        var body = ""
        body.reserveCapacity(8192)
        var box = DrawnBox()
        for k in figure.axes.indices {
            box.add(drawAxes(k, layouts, into: &body))
        }
        drawFigureText(into: &body, box: &box)
        if box.isEmpty { box.add(0, 0, width, height) }
        return wrap(body, box: box)
    }

    // MARK: - Layout

    /// The box of a grid spot under the subplot parameters.
    func spotRect(_ s: GridSpot, _ p: Params) -> PixelRect {
        let totalW = (p.right - p.left) * width, totalH = (p.top - p.bottom) * height
        let cellW = totalW / (Double(s.columns) + p.wspace * Double(s.columns - 1))
        let cellH = totalH / (Double(s.rows) + p.hspace * Double(s.rows - 1))
        let x0 = p.left * width + Double(s.columnRange.lowerBound) * cellW * (1 + p.wspace)
        let x1 = p.left * width + Double(s.columnRange.upperBound) * cellW * (1 + p.wspace) - cellW * p.wspace
        let y0 = (1 - p.top) * height + Double(s.rowRange.lowerBound) * cellH * (1 + p.hspace)
        let y1 = (1 - p.top) * height + Double(s.rowRange.upperBound) * cellH * (1 + p.hspace) - cellH * p.hspace
        return PixelRect(x0: x0, y0: y0, x1: x1, y1: y1)
    }

    /// Places every axes: grid box, colorbars' room, aspect, limits and ticks.
    func layout(_ params: Params) -> [AxesLayout] {
        let axes = figure.axes
        var rects: [PixelRect] = []
        var colorbarRects: [[PixelRect]] = []
        for a in axes {
            var r = spotRect(a.spot, params)
            var bars: [PixelRect] = []
            for cb in a.colorbars {
                let (parent, bar) = Self.colorbarSplit(r, cb)
                r = parent
                bars.append(bar)
            }
            rects.append(r)
            colorbarRects.append(bars)
        }
        // Limits: extents of each axes, joined over shared axes and twins' x.
        let extents = axes.map { PlotLimits.extents($0) }
        func root(_ i: Int, x: Bool) -> Int {
            var k = i
            var seen = 0
            while seen < axes.count {
                let next = x ? (axes[k].twinOf ?? axes[k].x.sharedWith) : axes[k].y.sharedWith
                guard let n = next, n != k, n < axes.count else { break }
                k = n
                seen += 1
            }
            return k
        }
        var out: [AxesLayout] = []
        var views: [(x: (Double, Double), y: (Double, Double))] = []
        for (i, a) in axes.enumerated() {
            let rx = root(i, x: true), ry = root(i, x: false)
            var ex = PlotLimits.Extent(), ey = PlotLimits.Extent()
            for (j, _) in axes.enumerated() {
                if root(j, x: true) == rx { Self.join(&ex, extents[j].x) }
                if root(j, x: false) == ry { Self.join(&ey, extents[j].y) }
            }
            let owner = axes[rx].x, ownerY = axes[ry].y
            var x = PlotLimits.view(ex, margin: a.tight ? 0 : a.xMargin, scale: owner.scale)
            var y = PlotLimits.view(ey, margin: a.tight ? 0 : a.yMargin, scale: ownerY.scale)
            if let lo = owner.lower { x.0 = lo }
            if let hi = owner.upper { x.1 = hi }
            if let lo = ownerY.lower { y.0 = lo }
            if let hi = ownerY.upper { y.1 = hi }
            if x.0 == x.1 { x = PlotLimits.nonsingular(x.0, x.1, scale: owner.scale) }
            if y.0 == y.1 { y = PlotLimits.nonsingular(y.0, y.1, scale: ownerY.scale) }
            if owner.inverted { x = (x.1, x.0) }
            // An image with row 0 at the top turns the y axis downwards, as imshow does.
            let imageDown = axes[ry].artists.contains { if case .image(let im) = $0 { return im.originUpper && im.extent == nil } else { return false } }
            if ownerY.inverted != (imageDown && ownerY.lower == nil && ownerY.upper == nil) { y = (y.1, y.0) }
            var rect = rects[i]
            if let host = a.twinOf, host < i { rect = out[host].rect }
            if let aspect = a.aspect ?? Self.imageAspect(a) {
                Self.applyAspect(aspect, rect: &rect, x: &x, y: &y, xScale: owner.scale, yScale: ownerY.scale,
                                 ex: ex, ey: ey, fixedX: owner.lower != nil || owner.upper != nil,
                                 fixedY: ownerY.lower != nil || ownerY.upper != nil)
            }
            views.append((x, y))
            let xm = AxisMap(lo: x.0, hi: x.1, p0: rect.x0, p1: rect.x1, scale: owner.scale)
            let ym = AxisMap(lo: y.0, hi: y.1, p0: rect.y1, p1: rect.y0, scale: ownerY.scale)
            let xt = Self.ticks(a.x, lo: x.0, hi: x.1, scale: owner.scale, length: rect.width, vertical: false)
            let yt = Self.ticks(a.y, lo: y.0, hi: y.1, scale: ownerY.scale, length: rect.height, vertical: true)
            out.append(AxesLayout(rect: rect, xm: xm, ym: ym, xTicks: xt, yTicks: yt, colorbarRects: colorbarRects[i]))
        }
        return out
    }

    static func join(_ a: inout PlotLimits.Extent, _ b: PlotLimits.Extent) {
        a.lo = min(a.lo, b.lo)
        a.hi = max(a.hi, b.hi)
        a.sticky += b.sticky
    }

    /// `imshow` keeps cells square unless told otherwise (`image.aspect: equal`).
    static func imageAspect(_ a: PlotAxes) -> PlotAspect? {
        for case .image(let im) in a.artists where im.aspectEqual { return .equalBox }
        return nil
    }

    /// Ticks of one axis: fixed ones (`xticks([...])`) or the AutoLocator's / LogLocator's.
    static func ticks(_ axis: PlotAxis, lo: Double, hi: Double, scale: Scale, length: Double, vertical: Bool) -> AxisTicks {
        if let fixed = axis.ticks {
            var t = AxisTicks()
            let labels = axis.tickLabels ?? ScalarFormatter(viewInterval: (lo, hi), useOffset: false).formatTicks(fixed)
            let a = min(lo, hi), b = max(lo, hi), tol = (b - a) * 1e-10
            for (k, v) in fixed.enumerated() where v >= a - tol && v <= b + tol {
                t.values.append(v)
                t.labels.append(k < labels.count ? labels[k] : "")
            }
            return t
        }
        if scale == .log { return AxisTicks.log(lo: min(lo, hi), hi: max(lo, hi)) }
        return AxisTicks.linear(lo: lo, hi: hi, lengthPx: abs(length), vertical: vertical)
    }

    /// `make_axes` for a colorbar on the right (or below): the parent's new box and the bar's.
    static func colorbarSplit(_ r: PixelRect, _ cb: PlotColorbar) -> (PixelRect, PixelRect) {
        if cb.horizontal {
            let pad = cb.pad ?? 0.15
            // Bar at the bottom: parent takes the top (1 - fraction - pad) of the box.
            let parent = PixelRect(x0: r.x0, y0: r.y0, x1: r.x1, y1: r.y0 + r.height * (1 - cb.fraction - pad))
            let slot = PixelRect(x0: r.x0, y0: r.y1 - r.height * cb.fraction, x1: r.x1, y1: r.y1)
            let w = slot.width * cb.shrink
            let h = min(slot.height, w / cb.aspect)
            let x0 = slot.x0 + (slot.width - w) / 2
            return (parent, PixelRect(x0: x0, y0: slot.y0, x1: x0 + w, y1: slot.y0 + h))
        }
        let pad = cb.pad ?? 0.05
        let parent = PixelRect(x0: r.x0, y0: r.y0, x1: r.x0 + r.width * (1 - cb.fraction - pad), y1: r.y1)
        let slot = PixelRect(x0: r.x0 + r.width * (1 - cb.fraction), y0: r.y0, x1: r.x1, y1: r.y1)
        let h = slot.height * cb.shrink
        let w = min(slot.width, h / cb.aspect)
        let y0 = slot.y0 + (slot.height - h) / 2
        return (parent, PixelRect(x0: slot.x0, y0: y0, x1: slot.x0 + w, y1: y0 + h))
    }

    /// `apply_aspect`: shrink the box (adjustable "box") or widen the limits ("datalim").
    static func applyAspect(_ aspect: PlotAspect, rect: inout PixelRect, x: inout (Double, Double), y: inout (Double, Double),
                            xScale: Scale, yScale: Scale, ex: PlotLimits.Extent, ey: PlotLimits.Extent,
                            fixedX: Bool, fixedY: Bool) {
        func t(_ v: Double, _ s: Scale) -> Double { s == .log ? log10(v) : v }
        let xsize = abs(t(x.1, xScale) - t(x.0, xScale)), ysize = abs(t(y.1, yScale) - t(y.0, yScale))
        guard xsize > 0, ysize > 0 else { return }
        let ratio: Double
        switch aspect {
        case .ratio(let r): ratio = r
        default: ratio = 1
        }
        if aspect == .equalLimits {
            let boxAspect = rect.height / rect.width
            let dataRatio = boxAspect / ratio
            let yExpander = dataRatio * xsize / ysize - 1
            guard abs(yExpander) >= 0.005 else { return }
            let xr = 1.05 * max(0, ex.hi - ex.lo), yr = 1.05 * max(0, ey.hi - ey.lo)
            let xmarg = xsize - xr, ymarg = ysize - yr
            let Ysize = dataRatio * xsize, Xsize = ysize / dataRatio
            let Xmarg = Xsize - xr, Ymarg = Ysize - yr
            let adjustY: Bool
            if fixedY && !fixedX { adjustY = false } else if xmarg > 0 && ymarg > 0 {
                adjustY = (Ymarg > 0 && yExpander < 0) || (Xmarg < 0 && yExpander > 0)
            } else {
                adjustY = yExpander > 0
            }
            if adjustY {
                let c = 0.5 * (t(y.0, yScale) + t(y.1, yScale))
                let s: Double = y.1 >= y.0 ? 1 : -1
                y = (inv(c - s * Ysize / 2, yScale), inv(c + s * Ysize / 2, yScale))
            } else {
                let c = 0.5 * (t(x.0, xScale) + t(x.1, xScale))
                let s: Double = x.1 >= x.0 ? 1 : -1
                x = (inv(c - s * Xsize / 2, xScale), inv(c + s * Xsize / 2, xScale))
            }
            return
        }
        // Box: fit a box of height/width = ratio * ysize / xsize inside, centred.
        let target = ratio * ysize / xsize
        if rect.height / rect.width > target {
            let h = rect.width * target
            let y0 = rect.y0 + (rect.height - h) / 2
            rect = PixelRect(x0: rect.x0, y0: y0, x1: rect.x1, y1: y0 + h)
        } else {
            let w = rect.height / target
            let x0 = rect.x0 + (rect.width - w) / 2
            rect = PixelRect(x0: x0, y0: rect.y0, x1: x0 + w, y1: rect.y1)
        }
    }

    static func inv(_ v: Double, _ s: Scale) -> Double { s == .log ? pow(10, v) : v }

    /// `tight_layout`: subplot parameters that fit every axes' decorations with 1.08 font
    /// sizes of padding, as `_auto_adjust_subplotpars` computes them.
    func tightParams(_ layouts: [AxesLayout], _ p: Params) -> Params {
        let pad = 1.08 * 10 * Style.pt
        var rows = 1, cols = 1
        for a in figure.axes { rows = max(rows, a.spot.rows); cols = max(cols, a.spot.columns) }
        var leftM = [Double](repeating: 0, count: cols), rightM = leftM
        var topM = [Double](repeating: 0, count: rows), bottomM = topM
        var scratch = ""
        for (k, a) in figure.axes.enumerated() where a.twinOf == nil || true {
            let box = drawAxes(k, layouts, into: &scratch)
            scratch = ""
            let r = layouts[k].rect
            let full = spotRect(a.spot, p)
            let c0 = a.spot.columnRange.lowerBound, c1 = a.spot.columnRange.upperBound - 1
            let r0 = a.spot.rowRange.lowerBound, r1 = a.spot.rowRange.upperBound - 1
            guard !box.isEmpty else { continue }
            // Overhangs beyond the grid cell (a colorbar or aspect inside the cell counts as inside).
            leftM[c0] = max(leftM[c0], min(full.x0, r.x0) - box.x0)
            rightM[c1] = max(rightM[c1], box.x1 - max(full.x1, r.x1))
            topM[r0] = max(topM[r0], min(full.y0, r.y0) - box.y0)
            bottomM[r1] = max(bottomM[r1], box.y1 - max(full.y1, r.y1))
        }
        var q = p
        q.left = (leftM[0] + pad) / width
        q.right = 1 - (rightM[cols - 1] + pad) / width
        var topNeed = topM[0] + pad
        if !figure.suptitle.isEmpty {
            topNeed += 0.02 * height + figure.suptitleSize * Style.pt * 1.2
        }
        q.top = 1 - topNeed / height
        q.bottom = (bottomM[rows - 1] + pad) / height
        if cols > 1 {
            let gap = (1..<cols).map { rightM[$0 - 1] + leftM[$0] + pad }.max()! / width
            let axW = (q.right - q.left - gap * Double(cols - 1)) / Double(cols)
            q.wspace = axW > 0 ? gap / axW : p.wspace
        }
        if rows > 1 {
            let gap = (1..<rows).map { bottomM[$0 - 1] + topM[$0] + pad }.max()! / height
            let axH = (q.top - q.bottom - gap * Double(rows - 1)) / Double(rows)
            q.hspace = axH > 0 ? gap / axH : p.hspace
        }
        if q.left >= q.right || q.bottom >= q.top { return p }
        return q
    }

    // MARK: - Figure text and document

    private func drawFigureText(into out: inout String, box: inout DrawnBox) {
        if !figure.suptitle.isEmpty {
            var t = PlotText(text: figure.suptitle, x: 0.5, y: 0.98)
            t.fontSize = figure.suptitleSize
            t.horizontalAlignment = "center"
            t.verticalAlignment = "top"
            box.add(drawText(t, at: Point(0.5 * width, 0.02 * height), into: &out, cls: "fig-suptitle"))
        }
        for t in figure.texts {
            box.add(drawText(t, at: Point(t.x * width, (1 - t.y) * height), into: &out, cls: nil))
        }
    }

    private func wrap(_ body: String, box: DrawnBox) -> String {
        let pad = 0.1 * Style.dpi
        let vx = (box.x0 - pad).rounded(.down), vy = (box.y0 - pad).rounded(.down)
        let vw = (box.x1 + pad).rounded(.up) - vx, vh = (box.y1 + pad).rounded(.up) - vy
        let num = SVGFormat.num
        let desc = SVGFormat.escape(figure.description)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fig plt\" viewBox=\""
        out += "\(num(vx, 1)) \(num(vy, 1)) \(num(vw, 1)) \(num(vh, 1))\""
        out += " width=\"100%\" style=\"height:auto;max-width:\(num(vw, 1))px\""
        out += " role=\"img\" aria-labelledby=\"\(idPrefix)t\" font-family=\"\(Style.fontFamily)\""
        out += " font-size=\"\(num(10 * Style.pt, 1))\">\n"
        out += "<title id=\"\(idPrefix)t\">\(desc)</title>\n"
        if let face = figure.facecolor, face.a > 0 {
            out += "<rect x=\"\(num(vx, 1))\" y=\"\(num(vy, 1))\" width=\"\(num(vw, 1))\" height=\"\(num(vh, 1))\" fill=\"\(face.svg)\"/>\n"
        }
        out += body
        out += "</svg>\n"
        return out
    }
}
